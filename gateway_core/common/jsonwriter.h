// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>

#include <vector>

namespace gw {

/// Writes compact JSON straight into a byte array, members in the order they are written. For documents built once
/// per request (Lambda events), where a QJsonObject's sorted inserts and conversions cost more than the rest of the
/// request. Strings are escaped as JSON requires (quote, backslash, control characters); text given as UTF-8 bytes
/// that is not valid UTF-8 is written with U+FFFD in place of the bad sequences, as QString::fromUtf8 reads it.
/// Calls must nest properly (a key before each member of an object); the writer does not check them.
class JsonWriter
{
public:
    explicit JsonWriter(qsizetype reserve = 2048);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();

    /// An object member's name; the value written next is its value.
    void key(QLatin1StringView name);
    void key(QStringView name);

    void string(QStringView text);
    void string(QLatin1StringView text);
    void utf8(QByteArrayView text);
    void number(qint64 n);
    void boolean(bool b);
    void null();
    /// A string, or null when `text` is null or empty.
    void stringOrNull(QStringView text);
    /// Any JSON value (objects and arrays in QJsonObject's key order).
    void value(const QJsonValue &v);

    /// `key(name)` then the value.
    template<typename Name, typename T>
    void member(Name name, const T &v)
    {
        key(name);
        write(v);
    }

    /// The document; the writer is empty afterwards.
    QByteArray take();

private:
    void write(QStringView v) { string(v); }
    void write(const QString &v) { string(v); }
    void write(QLatin1StringView v) { string(v); }
    void write(qint64 v) { number(v); }
    void write(bool v) { boolean(v); }
    void write(const QJsonValue &v) { value(v); }
    void separate();
    /// Valid UTF-8 `text` with JSON's escapes for quote, backslash and control characters (other bytes as they are).
    void escapeAscii(QByteArrayView text);
    /// Room for `n` more bytes at m_buffer + m_size.
    void ensure(qsizetype n)
    {
        if (m_size + n > m_out.size())
            grow(n);
    }
    void grow(qsizetype n);
    void put(char c)
    {
        ensure(1);
        m_buffer[m_size++] = c;
    }
    void put(const char *p, qsizetype n);
    /// Copies `text` up to the first byte that is not printable ASCII or needs an escape; how many it copied.
    qsizetype copyPlain(const char *text, qsizetype n);

    // Written straight into the array's storage (a QByteArray append per character costs more than the copy).
    QByteArray m_out;
    char *m_buffer = nullptr;
    qsizetype m_size = 0;
    std::vector<bool> m_first; ///< per open container: no member written yet
    bool m_afterKey = false;
};

} // namespace gw
