// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <cstddef>
#include <cstdint>

namespace gw::fuzz {

/// The fuzzer's bytes, cut into fields at NUL bytes: a target that needs several inputs (a template and a body, a
/// key set and a token) reads them in order; missing fields read as empty. Seeds are written the same way.
class FuzzInput
{
public:
    FuzzInput(const uint8_t *data, size_t size)
        : m_bytes(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)))
    {
        m_fields = QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    }

    /// Field `i` (a deep copy, so the fuzzer's buffer is never read past its end); empty when there are fewer.
    QByteArray field(qsizetype i) const { return i < m_fields.size() ? m_fields.at(i) : QByteArray(); }
    const QByteArray &all() const { return m_bytes; }

private:
    QByteArray m_bytes;
    QList<QByteArray> m_fields;
};

} // namespace gw::fuzz
