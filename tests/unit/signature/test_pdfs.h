// Helpers shared by the signature tests: small PDFs built in memory, temp files.
#pragma once
#include <filesystem>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <unistd.h>

namespace kc::signature::testing {

// A complete one-page PDF with a correct classic xref table.
inline std::string minimal_pdf(const std::string& page_text = "Hello") {
    std::vector<std::string> objs = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "",  // content stream, below
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    const std::string content = "BT /F1 12 Tf 72 720 Td (" + page_text + ") Tj ET";
    objs[3] = "<< /Length " + std::to_string(content.size()) + " >>\nstream\n" + content + "\nendstream";
    std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    std::vector<std::size_t> offsets;
    for (std::size_t i = 0; i < objs.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += std::to_string(i + 1) + " 0 obj\n" + objs[i] + "\nendobj\n";
    }
    const auto xref = pdf.size();
    pdf += "xref\n0 " + std::to_string(objs.size() + 1) + "\n0000000000 65535 f \n";
    for (auto off : offsets) {
        char line[32];
        std::snprintf(line, sizeof line, "%010zu 00000 n \n", off);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(objs.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

// Appends an incremental update (objects, xref, trailer with /Prev) to `pdf`, which
// must end with a classic xref section as minimal_pdf() writes it.
inline std::string append_update(std::string pdf, const std::vector<std::pair<int, std::string>>& objects,
                                 const std::string& extra_trailer = {}) {
    const auto prev_at = pdf.rfind("startxref\n");
    const auto prev = std::stol(pdf.substr(prev_at + 10));
    int size = 6;
    std::vector<std::pair<int, std::size_t>> offsets;
    for (const auto& [num, body] : objects) {
        offsets.emplace_back(num, pdf.size());
        pdf += std::to_string(num) + " 0 obj\n" + body + "\nendobj\n";
        size = std::max(size, num + 1);
    }
    const auto xref = pdf.size();
    pdf += "xref\n";
    for (const auto& [num, off] : offsets) {
        char line[64];
        std::snprintf(line, sizeof line, "%d 1\n%010zu 00000 n \n", num, off);
        pdf += line;
    }
    pdf += "trailer\n<< /Size " + std::to_string(size) + " /Root 1 0 R /Prev " + std::to_string(prev) +
           extra_trailer + " >>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
    return pdf;
}

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_file(const std::filesystem::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
}

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
public:
    TempDir() {
        auto base = std::filesystem::temp_directory_path();
        for (int i = 0;; ++i) {
            m_path = base / ("kc_signature_test_" + std::to_string(::getpid()) + "_" + std::to_string(i));
            if (std::filesystem::create_directory(m_path)) break;
        }
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    const std::filesystem::path& path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

}  // namespace kc::signature::testing
