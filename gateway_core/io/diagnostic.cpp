// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

namespace gw::io {

QString Diagnostic::severityName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("note");
    }
    return {};
}

QString Diagnostic::format() const
{
    QString out = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        out += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            out += QLatin1Char(':') + QString::number(column);
    }
    out += QLatin1String(": ") + severityName(severity) + QLatin1String(": ");
    if (!field.isEmpty())
        out += field + QLatin1String(": ");
    out += message;
    if (!hint.isEmpty())
        out += QLatin1String(" (") + hint + QLatin1Char(')');
    return out;
}

void DiagnosticSink::error(const doc::Node &at, const QString &field, const QString &message, const QString &hint)
{
    add({Diagnostic::Severity::Error, m_file, at.line(), at.column(), field, message, hint});
}

void DiagnosticSink::warning(const doc::Node &at, const QString &field, const QString &message, const QString &hint)
{
    add({Diagnostic::Severity::Warning, m_file, at.line(), at.column(), field, message, hint});
}

void DiagnosticSink::info(const doc::Node &at, const QString &field, const QString &message, const QString &hint)
{
    add({Diagnostic::Severity::Info, m_file, at.line(), at.column(), field, message, hint});
}

void DiagnosticSink::add(Diagnostic d)
{
    if (d.file.isEmpty())
        d.file = m_file;
    m_diagnostics.append(std::move(d));
}

bool DiagnosticSink::hasErrors() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

} // namespace gw::io
