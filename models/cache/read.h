#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace peerscope {

// What a read of the cache returns: the value, or why there is none. A failed
// read (an I/O error, a full disk for SQLite's sort spill, a damaged page, an
// interrupted statement) is never an empty result: callers say so to the user
// and keep what they have.
//
//   const Read<QList<Work>> works = WorkQueries(cache).ofPerson(id);
//   if (!works)
//       return fail(works.error());
//   for (const Work &w : *works) ...
template <typename T>
class [[nodiscard]] Read
{
public:
    Read(T value) : m_value(std::move(value)) {} // NOLINT: implicit on purpose
    static Read failure(QString error)
    {
        Read r;
        r.m_error = error.isEmpty() ? QStringLiteral("unknown database error") : std::move(error);
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }

    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const T &operator*() const & { return *m_value; }
    T &operator*() & { return *m_value; }
    const T *operator->() const { return &*m_value; }
    T *operator->() { return &*m_value; }
    // The value, or fallback when the read failed: only where an empty
    // answer is harmless (a hint, a tooltip), never for data shown as fact.
    T valueOr(T fallback) const & { return m_value ? *m_value : std::move(fallback); }

    // A failure of another type carries over (the error of an inner read).
    template <typename U>
    static Read failureOf(const Read<U> &other) { return failure(other.error()); }

private:
    Read() = default;
    std::optional<T> m_value;
    QString m_error;
};

// A read or write that yields nothing but success or an error.
struct Done {};
using Status = Read<Done>;
inline Status succeeded() { return Done{}; }

} // namespace peerscope
