// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/integration.h"

#include <QRegularExpression>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace gw::ui {

/// Makes the spin boxes and combo boxes in `widget` (and `widget` itself, if it is one) take wheel turns only once
/// they have focus; otherwise the turn scrolls the form around them, so scrolling a long editor never changes a value
/// by accident.
void guardWheel(QWidget *widget);

/// An editable table of name/value pairs (stage variables, function environment) with Add and Remove buttons.
/// Names must match a pattern and be unique; an edit that breaks either is shown below the table and not passed on,
/// so edited() only ever carries a valid list. Used by the resource editors.
class KeyValueTable final : public QWidget
{
    Q_OBJECT
public:
    /// `namePattern` must match a whole name; `nameRule` says in words what a name may be ("letters, digits and _").
    /// `newName` is the stem of the names Add proposes ("variable" → "variable1").
    KeyValueTable(const QString &nameHeader, const QString &valueHeader, const QRegularExpression &namePattern,
                  const QString &nameRule, const QString &newName, QWidget *parent = nullptr);

    /// Shows `pairs`. Does nothing when the table already shows them, so the cell being edited keeps its place.
    void setPairs(const model::StringPairs &pairs);
    /// The pairs the table shows (including an invalid edit not passed on yet).
    model::StringPairs shownPairs() const;
    /// The problem with the shown pairs ("Row 2: ..."), empty when they are valid.
    QString problem() const;

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *problemLabel() const { return m_problem; }

Q_SIGNALS:
    /// The user changed the pairs into `pairs`, which are valid: a cell (`rowsChanged` false: typing, which an undo
    /// step may merge) or rows added or removed.
    void edited(const model::StringPairs &pairs, bool rowsChanged);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addRow();
    void removeRows();
    void cellEdited();
    bool validate();
    void fill(const model::StringPairs &pairs);

    QRegularExpression m_pattern;
    QString m_rule;
    QString m_newName;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLabel *m_problem;
};

} // namespace gw::ui
