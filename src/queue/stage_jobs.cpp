#include "queue/stage_jobs.h"

#include <Poco/Data/Session.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <thread>

#include "catalog/dialect.h"
#include "core/model_json.h"
#include "pipeline/nightly.h"
#include "pipeline/pipeline_def.h"
#include "pipeline/publish.h"
#include "report/index.h"
#include "util/hash.h"
#include "util/log.h"

namespace kc::queue {
namespace fs = std::filesystem;
using namespace Poco::Data::Keywords;
namespace {

struct AlreadyDone {  // the fence key is present: this job's effect happened already
    std::string result;
};

std::string fence_key(const Job& job) { return "queue.job." + std::to_string(job.id); }

void test_delay(int delay_ms) {
    if (delay_ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
}

// A PostgreSQL session-level advisory lock on a name, held for a scope on a connection of
// its own (released at the end of the scope, or by the server when the worker dies).
class AdvisoryLock {
public:
    AdvisoryLock(const std::string& location, std::string name)
        : m_session(catalog::open_session(location)), m_name(std::move(name)) {
        int n = 0;
        m_session << "SELECT COUNT(*) FROM (SELECT pg_advisory_lock(hashtext(?))) AS l", useRef(m_name), into(n), now;
    }
    ~AdvisoryLock() {
        try {
            int n = 0;
            m_session << "SELECT COUNT(*) FROM (SELECT pg_advisory_unlock(hashtext(?))) AS l", useRef(m_name), into(n),
                now;
        } catch (...) {  // the connection closes with the session: the server releases the lock
        }
    }
    AdvisoryLock(const AdvisoryLock&) = delete;
    AdvisoryLock& operator=(const AdvisoryLock&) = delete;

private:
    Poco::Data::Session m_session;
    std::string m_name;
};

// Sets a member of the engine for the scope of one job, then puts the worker's value back.
template <typename T>
class Scoped {
public:
    Scoped(T& slot, T value) : m_slot(slot), m_old(std::move(slot)) { m_slot = std::move(value); }
    ~Scoped() { m_slot = std::move(m_old); }
    Scoped(const Scoped&) = delete;
    Scoped& operator=(const Scoped&) = delete;

private:
    T& m_slot;
    T m_old;
};

const judge::UnitVerdict* find_unit(const judge::Judgement& j, const Engine& e, const std::string& rules_id,
                                    const std::string& unit) {
    auto in = [&](const std::vector<judge::UnitVerdict>& units) -> const judge::UnitVerdict* {
        for (const auto& u : units)
            if (u.unit && u.unit->code == unit) return &u;
        return nullptr;
    };
    for (const auto& rs : j.rule_sets)
        if (rs.rules && rs.rules->id == rules_id) return in(rs.units);
    return rules_id == e.rules.id ? in(j.units) : nullptr;
}

// The rule sets a judgement of this engine may use, by id: configured and already loaded.
const rules::RuleSet* loaded_rules(const Engine& e, const std::string& id) {
    if (id == e.rules.id) return &e.rules;
    for (const auto& r : e.other_rules)
        if (r.id == id) return &r;
    for (const auto& r : e.routed_rules)
        if (r.id == id) return &r;
    return nullptr;
}

bool rules_overridden(const Engine& e) {  // --rules ID on the command line: everything is judged with it
    auto it = e.config.origin.find("rules_id");
    return it != e.config.origin.end() && it->second == "command line";
}

// The (rule set, assessed unit) pairs a submission routed to `rules_id` is judged under;
// a rule set that cannot be loaded is judged with the configured one (as publish does).
std::vector<std::pair<std::string, std::string>> assessed_of(Engine& e, const std::string& rules_id) {
    const rules::RuleSet* rs = rules_overridden(e) || rules_id.empty() ? &e.rules : loaded_rules(e, rules_id);
    std::optional<rules::RuleSet> loaded;
    if (!rs) {
        auto r = rules::load_ruleset(e.config.rules_dir, rules_id);
        if (r) loaded = std::move(r.value());
        rs = loaded ? &*loaded : &e.rules;
    }
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto* u : rs->assessed_units()) out.emplace_back(rs->id, u->code);
    return out;
}

std::string generation_of(Engine& e) {
    std::vector<std::string> ids;
    for (const auto& s : e.catalog->submissions()) ids.push_back(s.id);
    return catalog_generation(std::move(ids), e.catalog->facts().size(), e.catalog->decisions().size());
}

JobOutcome run_judge(Engine& e, const Job& job, const StagePayload& p, int delay_ms) {
    const std::string meta_key = judge_meta_key(p.rules, p.unit, p.as_of);
    AdvisoryLock lock(e.config.catalog_location(), "kc.judge." + p.rules + ":" + p.unit);
    Scoped<Date> day(e.as_of, p.as_of);
    auto j = judge_catalog(e);
    const auto* u = find_unit(j, e, p.rules, p.unit);
    if (!u) {
        // The unit is not assessed by a rule set of this catalog's judgement (no submission routed
        // to that rule set any more, or the rules changed): nothing to store.
        e.catalog->insert_meta_if_absent(fence_key(job), "no verdict: " + p.rules + ":" + p.unit);
        return {true, "no verdict: " + p.rules + ":" + p.unit, true};
    }
    const std::string value = unit_verdict_json(p.rules, *u, p.as_of);
    const std::string result = meta_key + " " + report::format_points(u->points_provisional) + "/" +
                               report::format_points(u->points_max);
    try {
        e.catalog->transaction([&] {
            if (!e.catalog->insert_meta_if_absent(fence_key(job), result)) throw AlreadyDone{};
            if (e.catalog->meta(meta_key) != value) e.catalog->set_meta(meta_key, value);
            test_delay(delay_ms);
        });
    } catch (const AlreadyDone&) {
        return {true, e.catalog->meta(fence_key(job)).value_or(result), true};
    }
    return {true, result, true};
}

JobOutcome run_report(Engine& e, const Job& job, const StagePayload& p, int delay_ms) {
    AdvisoryLock lock(e.config.catalog_location(), "kc.publish");
    if (auto done = e.catalog->meta(fence_key(job))) return {true, *done, true};  // the lock waited for its first run
    Scoped<Date> day(e.as_of, p.as_of);
    if (p.nightly) {
        auto nightly = load_pipeline(e.config.pipelines_dir, "nightly");
        if (!nightly) return {false, nightly.error().code + ": " + nightly.error().detail, false};
        Scoped<PipelineDef> stages(e.pipeline, std::move(nightly.value()));
        std::string result = "nightly " + date::iso(p.as_of);
        try {
            auto r = run_nightly(e, [&] {
                if (!e.catalog->insert_meta_if_absent(fence_key(job), result)) throw AlreadyDone{};
                test_delay(delay_ms);
            });
            if (!r) return {false, r.error().code + ": " + r.error().detail, true};
            result += ": " + std::to_string(r->changes.size()) + " changes" + (r->regression ? ", regression" : "");
            e.catalog->set_meta(fence_key(job), result);
        } catch (const AlreadyDone&) {
            return {true, e.catalog->meta(fence_key(job)).value_or(result), true};
        }
        return {true, result, true};
    }
    auto s = e.catalog->submission(p.submission);
    if (!s) return {false, "INTERNAL_ERROR: submission not in the catalog: " + p.submission, false};
    auto pub = publish(e, {p.submission});
    if (!pub) return {false, pub.error().code + ": " + pub.error().detail, true};
    test_delay(delay_ms);
    const std::string result = p.submission + " " + std::to_string(pub->reports.size() * 2) + " report files";
    e.catalog->insert_meta_if_absent(fence_key(job), result);
    return {true, e.catalog->meta(fence_key(job)).value_or(result), true};
}

}  // namespace

std::string judge_key(const std::string& rules_id, const std::string& unit, const Date& as_of,
                      const std::string& generation) {
    return "judge|" + rules_id + ":" + unit + "|" + date::iso(as_of) + "|" + generation;
}

std::string judge_payload(const std::string& rules_id, const std::string& unit, const Date& as_of,
                          const std::string& generation) {
    auto o = json::ordered();
    o->set("as_of", date::iso(as_of));
    o->set("rules", rules_id);
    o->set("unit", unit);
    o->set("generation", generation);
    return json::stringify(o);
}

std::string report_key(const std::string& submission, const Date& as_of) {
    return "report|" + submission + "|" + date::iso(as_of);
}

std::string report_payload(const std::string& submission, const Date& as_of) {
    auto o = json::ordered();
    o->set("as_of", date::iso(as_of));
    o->set("submission", submission);
    return json::stringify(o);
}

std::string nightly_report_key(const Date& as_of, const std::string& generation) {
    return "report|nightly|" + date::iso(as_of) + "|" + generation;
}

std::string nightly_report_payload(const Date& as_of, const std::string& generation) {
    auto o = json::ordered();
    o->set("as_of", date::iso(as_of));
    o->set("nightly", true);
    o->set("generation", generation);
    return json::stringify(o);
}

Result<StagePayload> parse_stage_payload(const std::string& kind, const std::string& payload) {
    StagePayload p;
    Poco::JSON::Object::Ptr o;
    try {
        o = json::parse_object(payload);
    } catch (const std::exception&) {
        return Error{"INTERNAL_ERROR", kind + " payload is not a JSON object"};
    }
    auto day = date::parse_iso(o->optValue<std::string>("as_of", ""));
    if (!day) return Error{"INTERNAL_ERROR", kind + " payload without a valid as_of"};
    p.as_of = *day;
    p.generation = o->optValue<std::string>("generation", "");
    if (kind == k_kind_judge) {
        p.rules = o->optValue<std::string>("rules", "");
        p.unit = o->optValue<std::string>("unit", "");
        if (p.rules.empty() || p.unit.empty()) return Error{"INTERNAL_ERROR", "judge payload without rules or unit"};
        return p;
    }
    if (kind == k_kind_report) {
        p.nightly = o->optValue<bool>("nightly", false);
        p.submission = o->optValue<std::string>("submission", "");
        if (p.nightly == !p.submission.empty())
            return Error{"INTERNAL_ERROR", "report payload needs exactly one of submission, nightly"};
        return p;
    }
    return Error{"INTERNAL_ERROR", "not a stage job kind: " + kind};
}

std::string catalog_generation(std::vector<std::string> ids, std::size_t facts, std::size_t decisions) {
    std::sort(ids.begin(), ids.end());
    std::string all;
    for (const auto& id : ids) all += id + "\n";
    all += "facts " + std::to_string(facts) + "\ndecisions " + std::to_string(decisions) + "\n";
    return "g" + hash::sha256_hex(all).substr(0, 16);
}

std::string judge_meta_key(const std::string& rules_id, const std::string& unit, const Date& as_of) {
    return "judge." + rules_id + ":" + unit + "." + date::iso(as_of);
}

std::string unit_verdict_json(const std::string& rules_id, const judge::UnitVerdict& u, const Date& as_of) {
    auto o = json::ordered();
    o->set("schema", "kiemchung/unit-verdict/v1");
    o->set("rules", rules_id);
    o->set("unit", u.unit ? u.unit->code : std::string());
    o->set("as_of", date::iso(as_of));
    o->set("points_max", judge::round3(u.points_max));
    o->set("points_provisional", judge::round3(u.points_provisional));
    o->set("points_at_risk", judge::round3(u.points_at_risk));
    auto products = json::ordered();
    for (const auto& c : u.criteria)
        for (const auto& p : c.products)
            if (p.product) products->set(p.product->id, p.status);
    o->set("products", products);
    return json::stringify(o);
}

std::int64_t enqueue_after_record(Engine& e, Queue& q, const std::string& submission, int max_attempts) {
    auto s = e.catalog->submission(submission);
    if (!s) throw std::runtime_error("record: submission " + submission + " not in the catalog");
    std::vector<std::int64_t> after;
    for (const auto& [rules_id, unit] : assessed_of(e, s->rules))
        after.push_back(q.enqueue(k_kind_judge, judge_key(rules_id, unit, e.as_of, s->id),
                                  judge_payload(rules_id, unit, e.as_of, s->id), max_attempts)
                            .first);
    return q.enqueue(k_kind_report, report_key(s->id, e.as_of), report_payload(s->id, e.as_of), max_attempts, after)
        .first;
}

NightlyJobs enqueue_nightly(Engine& e, Queue& q, int max_attempts) {
    NightlyJobs out;
    out.generation = generation_of(e);
    std::set<std::string> rule_sets = {e.rules.id};
    if (!rules_overridden(e)) {
        for (const auto& r : e.other_rules) rule_sets.insert(r.id);
        for (const auto& s : e.catalog->submissions())
            if (!s.rules.empty()) rule_sets.insert(s.rules);
    }
    std::set<std::pair<std::string, std::string>> units;
    for (const auto& id : rule_sets)
        for (const auto& ru : assessed_of(e, id)) units.insert(ru);
    for (const auto& [rules_id, unit] : units)
        out.judge.push_back(q.enqueue(k_kind_judge, judge_key(rules_id, unit, e.as_of, out.generation),
                                      judge_payload(rules_id, unit, e.as_of, out.generation), max_attempts)
                                .first);
    auto [id, fresh] = q.enqueue(k_kind_report, nightly_report_key(e.as_of, out.generation),
                                 nightly_report_payload(e.as_of, out.generation), max_attempts, out.judge);
    out.report = id;
    out.created = fresh;
    return out;
}

bool is_stage_kind(const std::string& kind) { return kind == k_kind_judge || kind == k_kind_report; }

JobOutcome run_stage_job(Engine& e, const Job& job, int delay_ms) {
    auto p = parse_stage_payload(job.kind, job.payload);
    if (!p) return {false, p.error().code + ": " + p.error().detail, false};
    if (job.kind == k_kind_judge) return run_judge(e, job, *p, delay_ms);
    return run_report(e, job, *p, delay_ms);
}

}  // namespace kc::queue
