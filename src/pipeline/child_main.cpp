#include "pipeline/child_main.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <iostream>
#include <map>
#include <new>
#include <string>
#include <thread>
#include <vector>

#include "core/model_json.h"
#include "dossier/appraisal.h"
#include "extract/extract.h"
#include "pipeline/batch_extract.h"
#include "pipeline/page_ocr.h"
#include "signature/verify.h"
#include "supervise/supervisor.h"
#include "unpack/unpack.h"
#include "util/blob_store.h"

namespace kc {
namespace {

std::map<std::string, std::string> parse_options(int argc, char** argv, int from) {
    std::map<std::string, std::string> o;
    for (int i = from; i + 1 < argc; i += 2) o[argv[i]] = argv[i + 1];
    return o;
}

std::uint64_t u64(const std::map<std::string, std::string>& o, const std::string& k, std::uint64_t dflt) {
    auto it = o.find(k);
    return it == o.end() ? dflt : std::stoull(it->second);
}

void maybe_inject_fault(const std::string& file, int page = 0) {
    const char* on = std::getenv("KC_ENABLE_FAULT_INJECTION");
    if (!on || std::string(on) != "1") return;
    std::ifstream in(file, std::ios::binary);
    std::string head(65536, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.find("KC-FAULT:segv") != std::string::npos) ::raise(SIGSEGV);
    if (page > 0 && head.find("KC-FAULT:slowpage-" + std::to_string(page) + ";") != std::string::npos)
        for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));  // one page over extract.seconds_per_page
    if (head.find("KC-FAULT:hang") != std::string::npos)
        for (;;) std::this_thread::sleep_for(std::chrono::seconds(1));
    if (head.find("KC-FAULT:oom") != std::string::npos) {
        std::vector<std::vector<char>> hog;
        for (;;) hog.emplace_back(64 << 20, 'x');
    }
}

Limits limits_from(const std::map<std::string, std::string>& o) {
    Limits l;
    l.max_entries = u64(o, "--max-entries", l.max_entries);
    l.max_total_bytes = u64(o, "--max-total-bytes", l.max_total_bytes);
    l.max_entry_bytes = u64(o, "--max-entry-bytes", l.max_entry_bytes);
    l.max_depth = static_cast<int>(u64(o, "--max-depth", static_cast<std::uint64_t>(l.max_depth)));
    l.max_pages = static_cast<int>(u64(o, "--max-pages", static_cast<std::uint64_t>(l.max_pages)));
    l.max_text_bytes = u64(o, "--max-text-bytes", l.max_text_bytes);
    if (auto it = o.find("--max-ratio"); it != o.end()) l.max_ratio = std::stod(it->second);
    if (auto it = o.find("--max-entry-ratio"); it != o.end()) l.max_entry_ratio = std::stod(it->second);
    return l;
}

int run_task(const std::string& task, const std::map<std::string, std::string>& o) {
    auto need = [&](const char* k) -> const std::string& {
        auto it = o.find(k);
        if (it == o.end()) throw std::invalid_argument(std::string("missing ") + k);
        return it->second;
    };
    Limits limits = limits_from(o);
    if (task == "unpack") {
        DirectoryBlobStore store(need("--store"));  // the parent store's local_root()
        std::string charset = o.count("--charset") ? o.at("--charset") : "windows-1258";
        auto r = o.count("--folder") ? unpack::unpack_folder(need("--folder"), store, limits, charset)
                                     : unpack::unpack_archive(need("--archive"), store, limits, charset);
        std::cout << json::stringify(unpack::to_json(r));
        return supervise::k_exit_ok;
    }
    if (task == "extract") {
        maybe_inject_fault(need("--file"));
        extract::Options opt;
        opt.defer_ocr = o.count("--defer-ocr") && o.at("--defer-ocr") == "1";
        Analysis a = extract::extract_file(need("--file"), limits, opt);
        std::cout << json::stringify(json::to_json(a));
        return supervise::k_exit_ok;
    }
    if (task == "extract_batch") {  // several documents, one process start (pipeline/batch_extract.h)
        extract::Options opt;
        opt.defer_ocr = o.count("--defer-ocr") && o.at("--defer-ocr") == "1";
        return extract_batch_child(
            need("--files"), [](const std::string& f) { maybe_inject_fault(f); },
            [&](const std::string& f) { return extract::extract_file(f, limits, opt); });
    }
    if (task == "ocr_page") {  // one PDF page, so the supervisor can limit seconds per page
        maybe_inject_fault(need("--file"), std::stoi(need("--page")));
        extract::Options opt;
        extract::PageOcr r = extract::ocr_pdf_page(need("--file"), std::stoi(need("--page")), opt);
        Analysis one;
        one.pages.push_back(std::move(r.page));
        one.reasons = std::move(r.reasons);
        std::cout << json::stringify(json::to_json(one));
        return supervise::k_exit_ok;
    }
    if (task == "ocr_pages") {  // several pages, one Tesseract engine; one JSON line per page (pipeline/page_ocr.h)
        const std::string file = need("--file");
        const bool preprocess = !(o.count("--preprocess") && o.at("--preprocess") == "0");  // 0: bench only
        return ocr_pages_child(file, need("--pages"), [&](int page) { maybe_inject_fault(file, page); }, preprocess);
    }
    if (task == "verify_signature") {
        signature::TrustStore trust;
        if (o.count("--trust") && !o.at("--trust").empty()) trust = signature::load_trust_dir(o.at("--trust"));
        signature::Options opt;
        if (o.count("--as-of")) opt.as_of = date::parse_iso(o.at("--as-of"));
        opt.mask_identifiers = !(o.count("--unmasked") && o.at("--unmasked") == "1");
        SignatureResult s = signature::verify_pdf(need("--file"), trust, opt);
        std::cout << json::stringify(json::to_json(s));
        return supervise::k_exit_ok;
    }
    if (task == "read_table") {  // the officer's appraisal table (CSV / XLSX: libarchive + expat), dossier/appraisal.h
        const std::string file = need("--file");
        maybe_inject_fault(file);
        std::ifstream in(file, std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        Result<dossier::Table> table =
            in.bad() ? Result<dossier::Table>(Error{"APPRAISAL_UNREADABLE", "cannot read the file"}) : dossier::read_table(bytes);
        std::cout << dossier::table_answer_json(table);
        return supervise::k_exit_ok;
    }
    if (task == "env") {  // hidden, for tests: what the supervisor put in the child's environment
        const char* v = std::getenv("OMP_THREAD_LIMIT");
        std::string value = v ? v : "";
        auto o = json::ordered();
        if (v) o->set("OMP_THREAD_LIMIT", value); else o->set("OMP_THREAD_LIMIT", Poco::Dynamic::Var());
        std::cout << json::stringify(o);
        return supervise::k_exit_ok;
    }
    std::cerr << "unknown child task\n";
    return supervise::k_exit_usage;
}

}  // namespace

int child_main(int argc, char** argv) {
    std::set_new_handler([] {
        // Called when RLIMIT_AS refuses memory: say so with the agreed exit code.
        static const char msg[] = "out of memory\n";
        (void)!::write(2, msg, sizeof msg - 1);
        ::_exit(supervise::k_exit_out_of_memory);
    });
    if (argc < 3) return supervise::k_exit_usage;
    try {
        int rc = run_task(argv[2], parse_options(argc, argv, 3));
        std::cout.flush();
        return rc;
    } catch (const std::bad_alloc&) {
        return supervise::k_exit_out_of_memory;
    } catch (const std::exception& e) {
        std::cerr << "child error: " << e.what() << "\n";  // technical message only
        return supervise::k_exit_failed;
    }
}

}  // namespace kc
