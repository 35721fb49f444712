// Page-level OCR jobs (queue/page_jobs.h): keys, payloads and the merge are pure;
// the dependency hand-over (Queue::add_to_dependents) runs against a real
// PostgreSQL when KC_PG_URL is set (pg.unit), else it is skipped.
#include <gtest/gtest.h>

#include <Poco/Data/Session.h>

#include <cstdlib>
#include <random>

#include "catalog/dialect.h"
#include "core/model_json.h"
#include "queue/page_jobs.h"

namespace kc::queue {
namespace {

using namespace Poco::Data::Keywords;

const std::string k_sha(64, 'a');

PageText page(int n, const std::string& source, const std::string& text = "") {
    PageText p;
    p.number = n;
    p.source = source;
    p.text = text;
    p.confidence = source == "text_layer" ? 1 : 0;
    return p;
}

// A 4-page document: page 1 has a text layer, pages 2-4 wait for OCR.
Analysis partial() {
    Analysis a;
    a.format = "pdf";
    a.pages = {page(1, "text_layer", "Số: 191/KH-UBND"), page(2, "pending_ocr"), page(3, "pending_ocr"),
               page(4, "pending_ocr")};
    a.reasons.push_back(make_reason(ReasonCode::TOO_LARGE, "from the text layer"));
    return a;
}

PageOutcome answer(int n, const std::string& text, std::vector<Reason> reasons = {}) {
    Analysis one;
    PageText p = page(n, text.empty() ? "none" : "ocr", text);
    p.confidence = text.empty() ? 0 : 0.9;
    if (!text.empty()) p.preprocessing = {"sauvola"};
    one.pages.push_back(p);
    one.reasons = std::move(reasons);
    PageOutcome o;
    o.answer = one;
    return o;
}

TEST(PageJobs, KeysAndPayloads) {
    EXPECT_EQ(page_job_key(k_sha, 7, "extract-3"), k_sha + "|7|extract-3");
    EXPECT_EQ(merge_job_key(k_sha, "extract-3"), k_sha + "|extract-3");
    EXPECT_NE(page_cache_version(1, "extract-3"), page_cache_version(11, "extract-3"));
    EXPECT_NE(page_cache_version(1, "extract-3"), page_cache_version(1, "extract-4"));
    EXPECT_EQ(page_job_payload("ab", 3), "{\"sha256\":\"ab\",\"page\":3}");
    auto m = parse_merge_payload(merge_job_payload(k_sha, {2, 3, 10}, {41, 42, 9000000000LL}));
    ASSERT_TRUE(m);
    EXPECT_EQ(m->sha256, k_sha);
    EXPECT_EQ(m->pages, (std::vector<int>{2, 3, 10}));
    EXPECT_EQ(m->jobs, (std::vector<std::int64_t>{41, 42, 9000000000LL}));
    EXPECT_FALSE(parse_merge_payload("{\"sha256\":\"ab\",\"pages\":[1],\"jobs\":[1]}"));  // not a sha256
    EXPECT_FALSE(parse_merge_payload("{\"sha256\":\"" + k_sha + "\",\"pages\":[1,2],\"jobs\":[1]}"));
    EXPECT_FALSE(parse_merge_payload("not json"));
    EXPECT_EQ(pending_pages(partial()), (std::vector<int>{2, 3, 4}));
    EXPECT_TRUE(is_page_job_kind("ocr_page") && is_page_job_kind("extract_merge") && !is_page_job_kind("extract"));
}

TEST(PageJobs, MergeAssemblesWhatTheSingleProcessPathBuilds) {
    std::map<int, PageOutcome> o;
    // answers arrive in any order; reasons still go in page order, after the partial's
    o[4] = answer(4, "Trang 4", {make_reason(ReasonCode::NO_TEXT, "page 4: x")});
    o[2] = answer(2, "Trang 2");
    o[3] = answer(3, "", {make_reason(ReasonCode::PARSER_TIMEOUT, "page 3: OCR over 8 s")});
    auto m = merge_pages(partial(), o);
    ASSERT_TRUE(m);
    ASSERT_EQ(m->pages.size(), 4u);
    EXPECT_EQ(m->pages[0].text, "Số: 191/KH-UBND");
    EXPECT_EQ(m->pages[1].text, "Trang 2");
    EXPECT_EQ(m->pages[1].source, "ocr");
    EXPECT_EQ(m->pages[2].source, "none");
    EXPECT_EQ(m->pages[3].preprocessing, std::vector<std::string>{"sauvola"});
    ASSERT_EQ(m->reasons.size(), 3u);
    EXPECT_EQ(m->reasons[0].detail, "from the text layer");
    EXPECT_EQ(m->reasons[1].code, "PARSER_TIMEOUT");
    EXPECT_EQ(m->reasons[2].detail, "page 4: x");
    EXPECT_EQ(m->text_source, "mixed");  // summarised
    // the same as the JSON round trip the cache makes
    auto again = json::analysis_from(json::to_json(*m));
    EXPECT_EQ(json::stringify(json::to_json(again)), json::stringify(json::to_json(*m)));
}

TEST(PageJobs, AParkedPageGivesUpWithItsReasonAndAMissingOneIsAnError) {
    std::map<int, PageOutcome> o;
    o[2] = answer(2, "Trang 2");
    o[4] = answer(4, "Trang 4");
    auto m = merge_pages(partial(), o);  // page 3: neither answered nor parked
    ASSERT_FALSE(m);
    EXPECT_EQ(m.error().code, "INTERNAL_ERROR");
    EXPECT_NE(m.error().detail.find("page 3"), std::string::npos);

    o[3].failure = parked_page_reason(3, 77);
    m = merge_pages(partial(), o);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->pages[2].source, "none");
    EXPECT_TRUE(m->pages[2].text.empty());
    ASSERT_EQ(m->reasons.size(), 2u);
    EXPECT_EQ(m->reasons[1].code, "LEASE_EXPIRED");
    EXPECT_NE(m->reasons[1].detail.find("page 3"), std::string::npos);
    EXPECT_NE(m->reasons[1].detail.find("77"), std::string::npos);
}

TEST(PageJobs, NoTextAnywhereIsSummarisedAsNoText) {
    Analysis a;
    a.format = "pdf";
    a.pages = {page(1, "pending_ocr"), page(2, "pending_ocr")};
    std::map<int, PageOutcome> o{{1, answer(1, "")}, {2, answer(2, "")}};
    auto m = merge_pages(a, o);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->text_source, "none");
    ASSERT_EQ(m->reasons.size(), 1u);
    EXPECT_EQ(m->reasons[0].code, "NO_TEXT");
}

std::string pg_url() {
    const char* v = std::getenv("KC_PG_URL");
    return v ? v : "";
}

TEST(PageJobsQueue, DependentsOfAJobWaitForWhatItHandsThem) {
    if (pg_url().empty()) GTEST_SKIP() << "KC_PG_URL unset (tests/pg/pg_cluster.sh sets it)";
    std::random_device rd;
    const std::string schema = "p" + std::to_string(rd()) + std::to_string(rd() % 1000);
    auto s = catalog::open_session(pg_url());
    s << "CREATE SCHEMA " + schema, now;
    const std::string url = pg_url() + (pg_url().find('?') == std::string::npos ? "?" : "&") +
                            "options=-csearch_path%3D" + schema;
    {
        auto opened = Queue::open(url);
        ASSERT_TRUE(opened);
        Queue& q = *opened.value();
        auto x = q.enqueue("extract", "x", "{}", 3).first;
        auto r = q.enqueue("record", "r", "{}", 3, {x}).first;
        auto jx = q.claim("w1", 60);
        ASSERT_TRUE(jx);
        EXPECT_EQ(jx->id, x);
        // the running extract job enqueues a page job and a merge after it, hands the merge to r
        auto p = q.enqueue("ocr_page", "p", "{}", 3).first;
        auto m = q.enqueue("extract_merge", "m", "{}", 3, {p}).first;
        q.add_to_dependents(x, m);
        q.add_to_dependents(x, m);  // idempotent
        EXPECT_TRUE(q.complete(x, "w1", "split"));
        auto jp = q.claim("w1", 60);  // r still waits for m (which waits for p)
        ASSERT_TRUE(jp);
        EXPECT_EQ(jp->id, p);
        EXPECT_FALSE(q.claim("w2", 60));
        EXPECT_TRUE(q.complete(p, "w1", "page"));
        auto jm = q.claim("w1", 60);
        ASSERT_TRUE(jm);
        EXPECT_EQ(jm->id, m);
        EXPECT_FALSE(q.claim("w2", 60));  // not r: the merge runs
        EXPECT_TRUE(q.complete(m, "w1", "merged"));
        auto jr = q.claim("w1", 60);
        ASSERT_TRUE(jr);
        EXPECT_EQ(jr->id, r);
    }
    s << "DROP SCHEMA " + schema + " CASCADE", now;
}

}  // namespace
}  // namespace kc::queue
