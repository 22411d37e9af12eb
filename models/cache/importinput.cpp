#include "cache/importinput.h"

#include <QFile>
#include <QObject>

#include <cerrno>
#include <cstring>

namespace peerscope {

namespace {

constexpr int kChunk = 256 * 1024;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

ImportInput::~ImportInput()
{
    if (m_file)
        gzclose(m_file);
}

bool ImportInput::open(const QString &path)
{
    // QFile's message names the problem the way the rest of the app does.
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly)) {
        m_error = QObject::tr("cannot read: %1").arg(probe.errorString());
        return false;
    }
    probe.close();
    // zlib takes a file name in the local 8-bit encoding; QFile::encodeName
    // is what Qt itself uses to open the same path.
    m_file = gzopen(QFile::encodeName(path).constData(), "rb");
    if (!m_file) {
        m_error = QObject::tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    gzbuffer(m_file, kChunk);
    return true;
}

qint64 ImportInput::storedOffset() const
{
    return m_file ? qint64(gzoffset(m_file)) : 0;
}

bool ImportInput::fill()
{
    if (m_end || !m_file)
        return false;
    // Drop what was consumed, so the buffer holds at most one record and one chunk.
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const int n = gzread(m_file, m_buffer.data() + old, kChunk);
    if (n <= 0) {
        m_buffer.resize(old);
        m_end = true;
        int code = Z_OK;
        const char *message = gzerror(m_file, &code);
        // Z_BUF_ERROR at the end: a gzip stream cut short.
        if (n < 0 || (code != Z_OK && code != Z_STREAM_END))
            m_error = code == Z_BUF_ERROR ? QObject::tr("the compressed file ends early (truncated download?)")
                                          : QObject::tr("cannot read: %1").arg(QString::fromLocal8Bit(message));
        return false;
    }
    m_buffer.resize(old + n);
    return true;
}

char ImportInput::peekNonSpace()
{
    qsizetype k = 0;
    for (;;) {
        if (m_pos + k >= m_buffer.size() && !fill())
            return 0;
        const char c = m_buffer.at(m_pos + k);
        if (!isSpace(c))
            return c;
        ++k;
    }
}

bool ImportInput::readLine(QByteArray *line)
{
    qsizetype searched = 0;
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_pos + searched);
        if (nl >= 0) {
            *line = m_buffer.mid(m_pos, nl - m_pos);
            m_pos = nl + 1;
            break;
        }
        searched = m_buffer.size() - m_pos;
        if (!fill()) {
            if (m_pos >= m_buffer.size())
                return false;
            *line = m_buffer.mid(m_pos); // the last line, without an end
            m_pos = m_buffer.size();
            break;
        }
    }
    if (line->endsWith('\r'))
        line->chop(1);
    ++m_line;
    return true;
}

QByteArray ImportInput::readAll()
{
    while (fill()) {
    }
    QByteArray rest = m_buffer.mid(m_pos);
    m_buffer.clear();
    m_pos = 0;
    return rest;
}

ImportInput::Element ImportInput::nextArrayElement(QByteArray *element)
{
    const char first = peekNonSpace();
    if (first == 0)
        return Element::Malformed; // the array never closes
    while (isSpace(m_buffer.at(m_pos)))
        ++m_pos;
    if (first == ']') {
        ++m_pos;
        return Element::End;
    }
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype k = 0;
    qsizetype length = -1;
    while (length < 0) {
        if (m_pos + k >= m_buffer.size() && !fill())
            return Element::Malformed;
        const char c = m_buffer.at(m_pos + k);
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                length = k; // a scalar element ended by the array's ']'
            else if (--depth == 0)
                length = k + 1;
        } else if (c == ',' && depth == 0) {
            length = k;
        }
        ++k;
    }
    *element = m_buffer.mid(m_pos, length);
    m_pos += length;
    const char next = peekNonSpace();
    while (m_pos < m_buffer.size() && isSpace(m_buffer.at(m_pos)))
        ++m_pos;
    if (next == ',') {
        ++m_pos;
        return Element::Value;
    }
    return next == ']' ? Element::Value : Element::Malformed;
}

} // namespace peerscope
