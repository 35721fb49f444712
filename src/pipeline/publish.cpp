#include "pipeline/publish.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "catalog/appraisal_store.h"
#include "core/model_json.h"
#include "pipeline/reextract.h"
#include "pipeline/reverify.h"
#include "report/index.h"
#include "report/index_stream.h"
#include "report/submission_report.h"
#include "util/log.h"

namespace kc {

namespace {

bool rules_overridden(const Engine& e) {
    auto it = e.config.origin.find("rules_id");
    return it != e.config.origin.end() && it->second == "command line";
}

std::vector<const rules::RuleSet*> routed_rule_sets(Engine& e, const std::vector<Submission>& submissions) {
    std::vector<const rules::RuleSet*> out;
    if (rules_overridden(e)) return out;  // --rules ID: everything is judged with it
    std::set<std::string> have = {e.rules.id};
    for (const auto& r : e.other_rules) have.insert(r.id), out.push_back(&r);
    for (const auto& r : e.routed_rules) have.insert(r.id), out.push_back(&r);
    std::set<std::string> failed;
    for (const auto& s : submissions) {
        if (s.rules.empty() || have.count(s.rules) || failed.count(s.rules)) continue;
        auto loaded = rules::load_ruleset(e.config.rules_dir, s.rules);
        if (!loaded) {  // judged with the configured rule set instead
            failed.insert(s.rules);
            log::warn(s.id, "", "rule set " + s.rules + " not loadable; judged with " + e.rules.id);
            continue;
        }
        e.routed_rules.push_back(std::move(loaded.value()));
        have.insert(s.rules);
        out.push_back(&e.routed_rules.back());
    }
    return out;
}

const rules::RuleSet& rules_of(const Engine& e, const judge::Judgement& j, const Submission& s) {
    for (const auto& rs : j.rule_sets)
        if (rs.rules && rs.rules->id == s.rules) return *rs.rules;
    return e.rules;
}

}  // namespace

judge::Judgement judge_catalog(Engine& e, std::vector<Submission>* submissions_out,
                               std::vector<Document>* documents_in) {
    auto submissions = e.catalog->submissions();
    judge::Inputs in;
    in.facts = e.catalog->facts();
    in.decisions = e.catalog->decisions();
    in.horizon_days = e.config.horizon_days;
    auto documents = documents_in ? std::move(*documents_in) : e.catalog->documents();
    overlay_reextracted(e, documents);
    overlay_reverified(e, documents);
    auto j = judge::judge_routed(e.rules, routed_rule_sets(e, submissions), submissions, std::move(documents), e.as_of,
                                 in);
    // The province's appraised scores, beside the provisional ones (catalog/appraisal_store.h).
    if (auto store = AppraisalStore::open(e.config.catalog_location()))
        for (auto& [key, a] : appraisals_in_force(store.value()->all())) j.appraisals.push_back(a);
    if (submissions_out) *submissions_out = std::move(submissions);
    return j;
}

void write_index(Engine& e, std::ostream& out, bool csv) {
    std::vector<Submission> subs;
    auto j = judge_catalog(e, &subs);
    if (csv)
        report::write_index_csv(out, e.rules, j);
    else
        report::write_index_json(out, e.rules, subs, j);
}

std::string index_json_text(Engine& e) {
    std::ostringstream os;
    write_index(e, os, false);
    return os.str();
}

std::string index_csv_text(Engine& e) {
    std::ostringstream os;
    write_index(e, os, true);
    return os.str();
}

Result<bool> write_stream_atomically(const std::filesystem::path& file,
                                     const std::function<void(std::ostream&)>& fill) {
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    std::filesystem::path tmp = file;
    tmp += ".tmp" + std::to_string(::getpid());
    {
        std::vector<char> buffer(1 << 20);
        std::ofstream out;
        out.rdbuf()->pubsetbuf(buffer.data(), static_cast<std::streamsize>(buffer.size()));  // before open()
        out.open(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return Error{"RUN", file.string() + ": " + std::strerror(errno)};
        fill(out);
        out.flush();
        if (!out) {
            std::filesystem::remove(tmp, ec);
            return Error{"DISK_FULL", file.string() + ": write failed"};
        }
    }
    // The stream is closed; fsync through a new descriptor (Linux syncs the file, not the descriptor).
    int fd = ::open(tmp.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0) ::close(fd);
        std::filesystem::remove(tmp, ec);
        return Error{"DISK_FULL", file.string() + ": fsync failed"};
    }
    ::close(fd);
    std::filesystem::rename(tmp, file, ec);
    if (ec) return Error{"RUN", file.string() + ": " + ec.message()};
    return true;
}

FileBatch::~FileBatch() {
    std::error_code ec;
    for (const auto& [tmp, file] : m_files) std::filesystem::remove(tmp, ec);
}

namespace {
// True when `file` holds exactly `content` (size first, then bytes until the first difference).
bool same_content(const std::filesystem::path& file, std::string_view content) {
    std::error_code ec;
    auto size = std::filesystem::file_size(file, ec);
    if (ec || size != content.size()) return false;
    std::ifstream in(file, std::ios::binary);
    char buf[1 << 16];
    std::size_t at = 0;
    while (in && at < content.size()) {
        in.read(buf, static_cast<std::streamsize>(std::min(sizeof buf, content.size() - at)));
        const auto n = static_cast<std::size_t>(in.gcount());
        if (n == 0 || content.compare(at, n, std::string_view(buf, n)) != 0) return false;
        at += n;
    }
    return at == content.size();
}
}  // namespace

Result<bool> FileBatch::add(const std::filesystem::path& file, std::string_view content) {
    if (same_content(file, content)) return true;  // unchanged: not rewritten (same bytes, nothing to sync)
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    auto tmp = file;
    tmp += ".tmp" + std::to_string(::getpid());
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Error{"RUN", file.string() + ": " + std::strerror(errno)};
    m_files.emplace_back(tmp, file);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.close();
    if (!out) return Error{"DISK_FULL", file.string() + ": write failed"};
    return true;
}

Result<bool> FileBatch::commit() {
    if (m_files.empty()) return true;
    int fd = ::open(m_files.front().first.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0 || ::syncfs(fd) != 0) {
        if (fd >= 0) ::close(fd);
        return Error{"DISK_FULL", m_files.front().second.string() + ": sync failed"};
    }
    ::close(fd);
    std::error_code ec;
    for (const auto& [tmp, file] : m_files) {
        std::filesystem::rename(tmp, file, ec);
        if (ec) return Error{"RUN", file.string() + ": " + ec.message()};
    }
    m_files.clear();
    return true;
}

Result<Published> publish(Engine& e, const std::set<std::string>& report_only, std::vector<Document>* documents) {
    Published out;
    out.judgement = judge_catalog(e, &out.submissions, documents);
    const auto& state = e.config.state_dir;
    if (e.pipeline.has("index")) {
        out.index_json = state / "index.json";
        out.index_csv = state / "index.csv";
        auto r = write_stream_atomically(out.index_json, [&](std::ostream& os) {
            report::write_index_json(os, e.rules, out.submissions, out.judgement);
        });
        if (!r) return r.error();
        r = write_stream_atomically(out.index_csv,
                                    [&](std::ostream& os) { report::write_index_csv(os, e.rules, out.judgement); });
        if (!r) return r.error();
        // Submissions routed to another rule set (a 2023 drop beside the 2022 cycle): that set's
        // rows in index.<id>.csv, same columns; index.csv stays the configured set's.
        for (std::size_t i = 1; i < out.judgement.rule_sets.size(); ++i) {
            const auto& rs = out.judgement.rule_sets[i];
            if (rs.submissions == 0 || rs.rules->id == e.rules.id) continue;
            auto file = state / ("index." + rs.rules->id + ".csv");
            r = write_stream_atomically(file, [&](std::ostream& os) { report::write_units_csv(os, rs.units); });
            if (!r) return r.error();
            out.index_csv_routed.push_back(file);
        }
    }
    if (e.pipeline.has("report")) {
        FileBatch batch;
        const auto lang = report::parse_lang(e.config.report_language).value_or(report::Lang::vi);
        for (const auto& s : out.submissions) {
            if (!report_only.empty() && !report_only.count(s.id)) continue;
            auto base = e.config.outbox_dir() / s.unit / s.id;
            auto html = base;
            html += ".report.html";
            auto jsn = base;
            jsn += ".report.json";
            const rules::RuleSet& rules = rules_of(e, out.judgement, s);  // the rule set it was judged by
            auto texts = report::submission_report_texts(s, rules, out.judgement, lang);  // one view, JSON streamed
            if (auto r = batch.add(html, texts.html); !r) return r.error();
            if (auto r = batch.add(jsn, texts.json); !r) return r.error();
            out.reports.push_back(html);
        }
        if (auto r = batch.commit(); !r) return r.error();
    }
    return out;
}

}  // namespace kc
