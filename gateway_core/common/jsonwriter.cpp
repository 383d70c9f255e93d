// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QUtf8StringView>

#include <charconv>
#include <cmath>
#include <cstring>

namespace gw {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.resize(qMax<qsizetype>(reserve, 16));
    m_buffer = m_out.data();
    m_first.reserve(8);
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_size);
    QByteArray out = std::move(m_out);
    m_out = QByteArray();
    m_buffer = nullptr;
    m_size = 0;
    m_first.clear();
    m_afterKey = false;
    return out;
}

void JsonWriter::grow(qsizetype n)
{
    m_out.resize(qMax(m_out.size() * 2, m_size + n));
    m_buffer = m_out.data();
}

void JsonWriter::put(const char *p, qsizetype n)
{
    if (n <= 0)
        return; // `p` may be null for empty text
    ensure(n);
    memcpy(m_buffer + m_size, p, size_t(n));
    m_size += n;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            put(',');
        m_first.back() = false;
    }
}

void JsonWriter::beginObject()
{
    separate();
    put('{');
    m_first.push_back(true);
}

void JsonWriter::endObject()
{
    put('}');
    m_first.pop_back();
}

void JsonWriter::beginArray()
{
    separate();
    put('[');
    m_first.push_back(true);
}

void JsonWriter::endArray()
{
    put(']');
    m_first.pop_back();
}

void JsonWriter::key(QLatin1StringView name)
{
    string(name);
    put(':');
    m_afterKey = true;
}

void JsonWriter::key(QStringView name)
{
    string(name);
    put(':');
    m_afterKey = true;
}

void JsonWriter::escapeAscii(QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    const char *p = text.data();
    const char *const end = p + text.size();
    while (p < end) {
        // Copy the run that needs no escape at once.
        const char *run = p;
        while (p < end && static_cast<unsigned char>(*p) >= 0x20 && *p != '"' && *p != '\\')
            ++p;
        put(run, p - run);
        if (p == end)
            break;
        const unsigned char c = static_cast<unsigned char>(*p++);
        switch (c) {
        case '"': put("\\\"", 2); break;
        case '\\': put("\\\\", 2); break;
        case '\b': put("\\b", 2); break;
        case '\f': put("\\f", 2); break;
        case '\n': put("\\n", 2); break;
        case '\r': put("\\r", 2); break;
        case '\t': put("\\t", 2); break;
        default: {
            const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            put(escaped, sizeof escaped);
        }
        }
    }
}

qsizetype JsonWriter::copyPlain(const char *text, qsizetype n)
{
    ensure(n);
    char *out = m_buffer + m_size;
    qsizetype i = 0;
    for (; i < n; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\')
            break;
        out[i] = char(c);
    }
    m_size += i;
    return i;
}

void JsonWriter::utf8(QByteArrayView text)
{
    separate();
    put('"');
    // Printable ASCII is copied as it is checked; the rest, which starts on a character boundary, is escaped, and
    // converted first when it is not valid UTF-8.
    const qsizetype plain = copyPlain(text.data(), text.size());
    if (plain < text.size()) {
        const QByteArrayView rest = text.sliced(plain);
        if (QUtf8StringView(rest).isValidUtf8())
            escapeAscii(rest);
        else
            escapeAscii(QString::fromUtf8(rest).toUtf8());
    }
    put('"');
}

void JsonWriter::string(QStringView text)
{
    separate();
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    ensure(n + 2);
    char *out = m_buffer + m_size;
    *out++ = '"';
    qsizetype i = 0;
    for (; i < n; ++i) {
        const char16_t c = p[i];
        if (c >= 0x80 || c < 0x20 || c == '"' || c == '\\')
            break;
        out[i] = char(c);
    }
    m_size += 1 + i;
    if (i < n)
        escapeAscii(text.sliced(i).toUtf8());
    put('"');
}

void JsonWriter::string(QLatin1StringView text)
{
    separate();
    put('"');
    const qsizetype plain = copyPlain(text.data(), text.size());
    if (plain < text.size())
        escapeAscii(QString(text.sliced(plain)).toUtf8()); // Latin-1 beyond ASCII is not UTF-8 as it is
    put('"');
}

void JsonWriter::number(qint64 n)
{
    separate();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    put(digits, end - digits);
}

void JsonWriter::boolean(bool b)
{
    separate();
    if (b)
        put("true", 4);
    else
        put("false", 5);
}

void JsonWriter::null()
{
    separate();
    put("null", 4);
}

void JsonWriter::stringOrNull(QStringView text)
{
    if (text.isEmpty())
        null();
    else
        string(text);
}

void JsonWriter::value(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        boolean(v.toBool());
        break;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        separate();
        QByteArray text;
        if (!std::isfinite(d))
            text = QByteArrayLiteral("null"); // JSON has no infinities or NaN
        else if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0) // whole and exact: no exponent
            text = QByteArray::number(qint64(d));
        else
            text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        put(text.constData(), text.size());
        break;
    }
    case QJsonValue::String:
        string(v.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        for (const QJsonValue &item : v.toArray())
            value(item);
        endArray();
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        beginObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            key(it.key());
            value(it.value());
        }
        endObject();
        break;
    }
    }
}

} // namespace gw
