// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

namespace gw::http {

/// Header fields in the order they were received or added. Names compare ASCII case-insensitively; values are
/// kept byte for byte. Cheap to copy (implicitly shared QByteArrays).
class HttpHeaders
{
public:
    struct Field
    {
        QByteArray name;
        QByteArray value;
    };

    void append(const QByteArray &name, const QByteArray &value) { m_fields.append({name, value}); }
    /// Replaces every field called `name` with one field (appended where the first one was, else at the end).
    void set(const QByteArray &name, const QByteArray &value);
    /// Removes every field called `name`; returns how many were removed.
    qsizetype remove(QByteArrayView name);

    /// The first value called `name`, or a null QByteArray.
    QByteArray value(QByteArrayView name) const;
    QList<QByteArray> values(QByteArrayView name) const;
    bool contains(QByteArrayView name) const;

    const QList<Field> &fields() const { return m_fields; }
    qsizetype size() const { return m_fields.size(); }
    bool isEmpty() const { return m_fields.isEmpty(); }
    void clear() { m_fields.clear(); }
    void reserve(qsizetype n) { m_fields.reserve(n); }

    static bool nameEquals(QByteArrayView a, QByteArrayView b);

private:
    QList<Field> m_fields;
};

} // namespace gw::http
