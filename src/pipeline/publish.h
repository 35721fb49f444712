// pipeline/publish.h — the stages after `record`: judge everything in the
// catalog as of the engine's day, then (as the pipeline lists them) write
// <state>/index.json + index.csv (+ index.<rule set id>.csv per other routed rule set) and each submission's report
// <outbox>/<unit>/<submission-id>.report.html + .report.json. Files are
// replaced atomically. Re-running gives the same bytes for the same inputs.
// Judging reads the catalog's facts and reviewer decisions and the nightly
// signature re-verifications (pipeline/reverify.h) as inputs.
// The index is streamed into its file (report/index_stream.h): a large
// catalog's index text is never held in memory whole.
#pragma once
#include <filesystem>
#include <functional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "judge/judge.h"
#include "pipeline/engine.h"

namespace kc {

struct Published {
    std::vector<Submission> submissions;
    judge::Judgement judgement;
    std::filesystem::path index_json, index_csv;
    std::vector<std::filesystem::path> index_csv_routed;  // index.<rule set id>.csv of the other rule sets judged
    std::vector<std::filesystem::path> reports;
};

// `documents`: the catalog's documents when the caller has read them already
// (they are moved into the judgement); null → read here.
judge::Judgement judge_catalog(Engine& e, std::vector<Submission>* submissions_out = nullptr,
                               std::vector<Document>* documents = nullptr);
// `report_only`: submission ids whose reports to (re)write; empty → all.
Result<Published> publish(Engine& e, const std::set<std::string>& report_only = {},
                          std::vector<Document>* documents = nullptr);
std::string index_json_text(Engine& e);
std::string index_csv_text(Engine& e);
// `index --format json|csv`: judges and streams the index to out.
void write_index(Engine& e, std::ostream& out, bool csv);
// Writes <file> through `fill` the way write_file_atomically does (temp file in
// the same folder, fsync, rename), without holding the content in memory.
Result<bool> write_stream_atomically(const std::filesystem::path& file,
                                     const std::function<void(std::ostream&)>& fill);

// Files of one run (reports, digests): each written to a temp file beside its
// target, one syncfs() for all, then each renamed over its target — readers see
// the old or the new file as with write_file_atomically(), but a run pays one
// flush instead of one fsync per file. Temp files not committed are removed.
// A target already holding exactly the new bytes is left as it is (not rewritten).
class FileBatch {
public:
    FileBatch() = default;
    FileBatch(const FileBatch&) = delete;
    FileBatch& operator=(const FileBatch&) = delete;
    ~FileBatch();
    Result<bool> add(const std::filesystem::path& file, std::string_view content);
    Result<bool> commit();

private:
    std::vector<std::pair<std::filesystem::path, std::filesystem::path>> m_files;  // temp, target
};

}  // namespace kc
