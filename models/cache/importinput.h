#pragma once

#include <QByteArray>
#include <QString>

#include <zlib.h>

namespace peerscope {

// A file read in chunks through zlib's gzip reader, which passes plain files
// through unchanged: one reader for .json, .jsonl and .gz alike, holding
// only the chunk being scanned (plus one record) in memory.
class ImportInput final
{
public:
    ImportInput() = default;
    ~ImportInput();
    Q_DISABLE_COPY_MOVE(ImportInput)

    bool open(const QString &path);
    QString errorString() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    // Bytes of the file as stored consumed so far (compressed bytes for gzip).
    qint64 storedOffset() const;

    // The next byte that is not white space, without consuming it; 0 at the end.
    char peekNonSpace();
    // The next line without its end; false at the end of the file.
    bool readLine(QByteArray *line);
    // Line number of the line readLine() last returned (1-based).
    qint64 lineNumber() const { return m_line; }
    // Everything not read yet.
    QByteArray readAll();
    // Consumes one byte.
    void skip() { ++m_pos; }

    enum class Element { Value, End, Malformed };
    // In a JSON array whose '[' was consumed: the next element's bytes, found
    // by bracket depth outside strings, and the ',' or ']' after it consumed.
    Element nextArrayElement(QByteArray *element);

private:
    // Reads another chunk; false at the end of the file or on an error.
    bool fill();

    gzFile m_file = nullptr;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 0;
    bool m_end = false;
    QString m_error;
};

} // namespace peerscope
