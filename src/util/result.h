// util/result.h — errors as values for expected failures.
// Result<T> holds either a T or an Error {code, detail}. Exceptions are kept for
// bugs and start-up failures only (caught in main / by the pipeline runner).
#pragma once
#include <string>
#include <utility>
#include <variant>

namespace kc {

struct Error {
    std::string code;    // stable reason code, e.g. "ARCHIVE_DAMAGED"
    std::string detail;  // technical detail (English, no document text)
};

template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}
    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }
    T& value() { return std::get<T>(m_v); }
    const T& value() const { return std::get<T>(m_v); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() { return value(); }
    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

}  // namespace kc
