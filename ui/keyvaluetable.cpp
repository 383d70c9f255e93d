// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyvaluetable.h"

#include "formatting.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

/// Passes wheel turns over an unfocused field to the scroll area around it.
class WheelGuard final : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (event->type() != QEvent::Wheel || !widget || widget->hasFocus())
            return false;
        for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
            if (auto *area = qobject_cast<QAbstractScrollArea *>(p)) {
                QCoreApplication::sendEvent(area->viewport(), event);
                break;
            }
        }
        return true;
    }
};

void guardOne(QWidget *field, WheelGuard *guard)
{
    field->setFocusPolicy(Qt::StrongFocus);
    field->installEventFilter(guard);
}

} // namespace

void guardWheel(QWidget *widget)
{
    static WheelGuard *guard = new WheelGuard(QCoreApplication::instance());
    if (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget))
        guardOne(widget, guard);
    for (QAbstractSpinBox *spin : widget->findChildren<QAbstractSpinBox *>())
        guardOne(spin, guard);
    for (QComboBox *combo : widget->findChildren<QComboBox *>())
        guardOne(combo, guard);
}

KeyValueTable::KeyValueTable(const QString &nameHeader, const QString &valueHeader,
                             const QRegularExpression &namePattern, const QString &nameRule, const QString &newName,
                             QWidget *parent)
    : QWidget(parent)
    , m_pattern(QRegularExpression::anchoredPattern(namePattern.pattern()))
    , m_rule(nameRule)
    , m_newName(newName)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_problem(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_table->setHorizontalHeaderLabels({nameHeader, valueHeader});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, 180);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Compact rows; room for three to six of them, the rest scrolls.
    const int row = fontMetrics().height() + 10;
    m_table->verticalHeader()->setDefaultSectionSize(row);
    const int header = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    m_table->setMinimumHeight(header + 3 * row);
    m_table->setMaximumHeight(header + 6 * row);
    layout->addWidget(m_table);

    auto *buttons = new QHBoxLayout;
    m_add->setAccessibleName(tr("Add %1").arg(nameHeader));
    m_remove->setAccessibleName(tr("Remove selected %1").arg(nameHeader));
    m_remove->setEnabled(false);
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("%1 problem").arg(nameHeader));
    m_problem->hide();
    layout->addWidget(m_problem);
    changeEvent(nullptr);

    connect(m_add, &QPushButton::clicked, this, &KeyValueTable::addRow);
    connect(m_remove, &QPushButton::clicked, this, &KeyValueTable::removeRows);
    connect(m_table, &QTableWidget::itemChanged, this, &KeyValueTable::cellEdited);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_table->selectedItems().isEmpty()); });
}

void KeyValueTable::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::PaletteChange) {
        QPalette pal = m_problem->palette();
        pal.setColor(QPalette::WindowText, Formatting::statusColor(500, palette()));
        m_problem->setPalette(pal);
    }
    if (event)
        QWidget::changeEvent(event);
}

model::StringPairs KeyValueTable::shownPairs() const
{
    model::StringPairs pairs;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        pairs.append({name ? name->text() : QString(), value ? value->text() : QString()});
    }
    return pairs;
}

QString KeyValueTable::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void KeyValueTable::setPairs(const model::StringPairs &pairs)
{
    if (pairs == shownPairs())
        return;
    fill(pairs);
    validate();
}

void KeyValueTable::fill(const model::StringPairs &pairs)
{
    const QSignalBlocker blocker(m_table);
    const int row = m_table->currentRow();
    const int column = m_table->currentColumn();
    m_table->setRowCount(int(pairs.size()));
    for (int i = 0; i < int(pairs.size()); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(pairs[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(pairs[i].second));
    }
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, column);
}

bool KeyValueTable::validate()
{
    QSet<QString> seen;
    const model::StringPairs pairs = shownPairs();
    QString problem;
    for (int i = 0; i < int(pairs.size()) && problem.isEmpty(); ++i) {
        const QString &name = pairs[i].first;
        if (name.isEmpty())
            problem = tr("Row %1: the name is empty; a name is %2.").arg(i + 1).arg(m_rule);
        else if (!m_pattern.match(name).hasMatch())
            problem = tr("Row %1: “%2” is not a valid name; a name is %3.").arg(i + 1).arg(name, m_rule);
        else if (seen.contains(name))
            problem = tr("Row %1: “%2” is already used by an earlier row; names must be unique.").arg(i + 1).arg(name);
        seen.insert(name);
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    return problem.isEmpty();
}

void KeyValueTable::cellEdited()
{
    if (validate())
        Q_EMIT edited(shownPairs(), false);
}

void KeyValueTable::addRow()
{
    model::StringPairs pairs = shownPairs();
    QSet<QString> names;
    for (const auto &p : pairs)
        names.insert(p.first);
    QString name;
    for (int n = 1; name.isEmpty() || names.contains(name); ++n)
        name = m_newName + QString::number(n);
    pairs.append({name, QString()});
    fill(pairs);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    if (validate())
        Q_EMIT edited(shownPairs(), true);
    m_table->editItem(m_table->item(row, 0));
}

void KeyValueTable::removeRows()
{
    QList<int> rows;
    for (const QTableWidgetItem *item : m_table->selectedItems()) {
        if (!rows.contains(item->row()))
            rows.append(item->row());
    }
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    {
        const QSignalBlocker blocker(m_table);
        for (int row : rows)
            m_table->removeRow(row);
    }
    if (validate())
        Q_EMIT edited(shownPairs(), true);
}

} // namespace gw::ui
