#include "pipeline/batch_extract.h"

#include <algorithm>
#include <iostream>
#include <map>

#include "core/model_json.h"
#include "util/text.h"

namespace kc {
namespace {

// Answers (by position in the batch) the child wrote before it finished or was stopped.
std::map<std::size_t, Analysis> answers_of(const std::string& output) {
    std::map<std::size_t, Analysis> out;
    for (const auto& line : text::split(output, '\n')) {
        if (line.empty()) continue;
        try {
            auto o = json::parse_object(line);
            if (!o->has("result")) continue;  // {"begin": K}
            out[o->getValue<std::size_t>("index")] = json::analysis_from(o->getObject("result"));
        } catch (const std::exception&) {
            // a line cut by the kill: that document was not finished
        }
    }
    return out;
}

// One child for `batch` (indices into files). Returns the indices it never reached.
std::vector<std::size_t> run_batch(const supervise::Supervisor& supervisor, Slots& slots,
                                   const std::vector<std::string>& files, const std::vector<std::string>& extra_args,
                                   const supervise::ChildLimits& per_document, const std::vector<std::size_t>& batch,
                                   std::vector<ExtractAnswer>& answers) {
    const int n = static_cast<int>(batch.size());
    supervise::ChildLimits cl = per_document;
    cl.idle_seconds = per_document.wall_seconds;            // each document: its own wall limit
    cl.wall_seconds = per_document.wall_seconds * n;        // backstop
    cl.cpu_seconds = per_document.cpu_seconds * n;          // RLIMIT_CPU counts the whole child
    std::string list;
    for (std::size_t k : batch) list += (list.empty() ? "" : "\n") + files[k];
    std::vector<std::string> args = {"extract_batch", "--files", list};
    args.insert(args.end(), extra_args.begin(), extra_args.end());
    supervise::ChildOutcome out;
    {
        SlotGuard slot(slots);
        out = supervisor.run(args, cl);
    }
    auto got = answers_of(out.output);
    std::vector<std::size_t> unreached;
    bool culprit_named = false;
    for (std::size_t pos = 0; pos < batch.size(); ++pos) {
        ExtractAnswer& a = answers[batch[pos]];
        if (auto it = got.find(pos); it != got.end()) {
            a.analysis = std::move(it->second);
        } else if (out.ok) {
            a.failure = make_reason(ReasonCode::INTERNAL_ERROR, "extract child gave no answer for this document");
        } else if (!culprit_named) {  // the document being read when the child stopped
            culprit_named = true;
            a.failure = out.reason;
            if (out.idle_timed_out)
                a.failure = make_reason(ReasonCode::PARSER_TIMEOUT, "killed after wall-clock limit (" +
                                                                        std::to_string(per_document.wall_seconds) + " s)");
        } else {
            unreached.push_back(batch[pos]);
        }
    }
    return unreached;
}

}  // namespace

std::vector<ExtractAnswer> extract_in_batches(const supervise::Supervisor& supervisor, Slots& slots,
                                              const std::vector<std::string>& files,
                                              const std::vector<std::string>& extra_args,
                                              const supervise::ChildLimits& per_document) {
    std::vector<ExtractAnswer> answers(files.size());
    if (files.empty()) return answers;
    const std::size_t workers = std::max(1u, slots.size());
    const std::size_t per_child =
        std::clamp<std::size_t>((files.size() + workers - 1) / workers, 1, k_max_docs_per_child);
    std::vector<std::vector<std::size_t>> batches;
    std::vector<std::size_t> current;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].find('\n') != std::string::npos) {  // cannot be listed: a child of its own
            batches.push_back({i});
            continue;
        }
        current.push_back(i);
        if (current.size() == per_child) batches.push_back(std::move(current)), current.clear();
    }
    if (!current.empty()) batches.push_back(std::move(current));
    run_batches(std::move(batches), std::min<std::size_t>(workers, 16), [&](std::vector<std::size_t> b) {
        const auto rest = run_batch(supervisor, slots, files, extra_args, per_document, b, answers);
        for (std::size_t k : rest)  // after a death: one child per document (its culprit is itself)
            run_batch(supervisor, slots, files, extra_args, per_document, {k}, answers);
    });
    return answers;
}

int extract_batch_child(const std::string& files, const std::function<void(const std::string&)>& before_file,
                        const std::function<Analysis(const std::string&)>& extract_one) {
    std::size_t index = 0;
    for (const auto& file : text::split(files, '\n')) {
        if (file.empty()) continue;
        std::cout << "{\"begin\":" << index << "}\n" << std::flush;  // starts this document's clock in the parent
        before_file(file);
        Analysis a = extract_one(file);
        auto o = json::ordered();
        o->set("index", index);
        o->set("result", json::to_json(a));
        std::cout << json::stringify(o) << '\n' << std::flush;
        ++index;
    }
    return 0;
}

}  // namespace kc
