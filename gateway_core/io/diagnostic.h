// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/docnode.h"

#include <QList>
#include <QString>

namespace gw::io {

/// A problem found in an input file, precise enough to act on: where (file, line, field), what is wrong, and what to
/// do about it.
struct Diagnostic
{
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString field;   ///< dotted path, e.g. "paths./pets.get.x-amazon-apigateway-integration.type"
    QString message; ///< what is wrong
    QString hint;    ///< what to do; may be empty
    /// Where in the project to fix it, as an Explorer key ("method:petstore:/pets:GET", "stage:petstore:prod",
    /// "authorizer:petstore:tokenAuth", ...); empty when it is not in the project (a file, the environment).
    /// Default-initialised here, so that brace initialisers that stop at `hint` stay warning-free.
    QString place = {};

    /// "petstore.yaml:14:9: error: paths./pets.get.x-amazon-apigateway-integration.type: must be one of ...; got
    /// `lambda` (hint)"
    QString format() const;
    static QString severityName(Severity s);
};

/// Collects diagnostics for one file.
class DiagnosticSink
{
public:
    explicit DiagnosticSink(QString file = {}) : m_file(std::move(file)) {}

    void error(const doc::Node &at, const QString &field, const QString &message, const QString &hint = {});
    void warning(const doc::Node &at, const QString &field, const QString &message, const QString &hint = {});
    void info(const doc::Node &at, const QString &field, const QString &message, const QString &hint = {});
    void add(Diagnostic d);

    const QList<Diagnostic> &diagnostics() const { return m_diagnostics; }
    bool hasErrors() const;
    QString file() const { return m_file; }
    void setFile(const QString &file) { m_file = file; }

private:
    QString m_file;
    QList<Diagnostic> m_diagnostics;
};

} // namespace gw::io
