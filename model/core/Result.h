#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace paylink {

// A failure that can be shown to a person: `message` is translated and says what
// happened and what to do; `detail` is the technical text for the log.
struct Error
{
    QString message;
    QString detail;
    // A service that is not available now (a database another program keeps
    // busy): `paylink` exits 3 for it, not 1 (D11).
    bool unavailable = false;
};

// Value or Error. No exceptions cross the event loop (docs/DECISIONS.md D10).
template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(Error error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_data); }
    T &value() & { return std::get<T>(m_data); }
    // By value from a temporary, so `for (x : *f())` never dangles.
    T value() && { return std::get<T>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value.
struct Done
{
};

using Status = Result<Done>;

inline Status success()
{
    return Done {};
}

} // namespace paylink
