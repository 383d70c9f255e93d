// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpheaders.h"

namespace gw::http {

bool HttpHeaders::nameEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        char x = a[i];
        char y = b[i];
        if (x == y)
            continue;
        if (x >= 'A' && x <= 'Z')
            x = char(x + 32);
        if (y >= 'A' && y <= 'Z')
            y = char(y + 32);
        if (x != y)
            return false;
    }
    return true;
}

void HttpHeaders::set(const QByteArray &name, const QByteArray &value)
{
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_fields.size();) {
        if (nameEquals(m_fields[i].name, name)) {
            if (first < 0) {
                first = i;
                m_fields[i] = {name, value};
                ++i;
            } else {
                m_fields.removeAt(i);
            }
        } else {
            ++i;
        }
    }
    if (first < 0)
        m_fields.append({name, value});
}

qsizetype HttpHeaders::remove(QByteArrayView name)
{
    return m_fields.removeIf([&](const Field &f) { return nameEquals(f.name, name); });
}

QByteArray HttpHeaders::value(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (nameEquals(f.name, name))
            return f.value;
    }
    return {};
}

QList<QByteArray> HttpHeaders::values(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const Field &f : m_fields) {
        if (nameEquals(f.name, name))
            out.append(f.value);
    }
    return out;
}

bool HttpHeaders::contains(QByteArrayView name) const
{
    for (const Field &f : m_fields) {
        if (nameEquals(f.name, name))
            return true;
    }
    return false;
}

} // namespace gw::http
