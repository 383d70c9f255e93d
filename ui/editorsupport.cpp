// SPDX-License-Identifier: GPL-3.0-or-later
#include "editorsupport.h"

#include "formatting.h"
#include "vtllexer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

namespace gw::ui {

EditorKey EditorKey::parse(const QString &key)
{
    EditorKey out;
    const qsizetype first = key.indexOf(QLatin1Char(':'));
    if (first < 0) {
        out.prefix = key;
        return out;
    }
    out.prefix = key.left(first);
    const qsizetype second = key.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0) {
        out.apiId = key.mid(first + 1);
        return out;
    }
    out.apiId = key.mid(first + 1, second - first - 1);
    out.rest = key.mid(second + 1);
    return out;
}

namespace editing {

doc::Node mappingWith(const QString &key, doc::Node value)
{
    doc::Node node = doc::Node::mapping();
    node.set(key, std::move(value));
    return node;
}

QString normalizedPath(QString path)
{
    while (path.size() > 1 && path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.startsWith(QLatin1Char('/')) && !path.startsWith(QLatin1Char('$')))
        path.prepend(QLatin1Char('/'));
    return path;
}

model::Api *findApi(model::Project &project, QStringView apiId)
{
    for (model::Api &api : project.apis) {
        if (api.id == apiId)
            return &api;
    }
    return nullptr;
}

model::Operation *findOperation(model::Api &api, const QString &path, const QString &method)
{
    for (model::PathItem &p : api.definition.paths) {
        if (normalizedPath(p.path) != path)
            continue;
        for (model::Operation &op : p.operations) {
            if (op.method == method)
                return &op;
        }
    }
    return nullptr;
}

const model::Operation *findOperation(const model::Api &api, const QString &path, const QString &method)
{
    return findOperation(const_cast<model::Api &>(api), path, method);
}

bool splitRouteKey(const QString &routeKey, QString *method, QString *path)
{
    const QString key = routeKey.trimmed();
    if (key == QLatin1String("$default")) {
        *path = key;
        method->clear();
        return true;
    }
    const qsizetype space = key.indexOf(QLatin1Char(' '));
    if (space <= 0)
        return false;
    *method = key.left(space).toUpper();
    *path = key.mid(space + 1).trimmed();
    return path->startsWith(QLatin1Char('/')) && !path->contains(QLatin1Char(' '));
}

QString routeKeyOf(const QString &path, const model::Operation &op)
{
    return path == QLatin1String("$default") ? path : op.method + QLatin1Char(' ') + path;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QString authorizerTypeOf(const doc::Node &scheme)
{
    return scheme[u"x-amazon-apigateway-authorizer"][u"type"].toString().toLower();
}

bool authorizerServes(const QString &authorizationType, const QString &authorizerType)
{
    if (authorizationType == QLatin1String("CUSTOM"))
        return authorizerType == QLatin1String("token") || authorizerType == QLatin1String("request");
    if (authorizationType == QLatin1String("COGNITO_USER_POOLS"))
        return authorizerType == QLatin1String("cognito_user_pools");
    if (authorizationType == QLatin1String("JWT"))
        return authorizerType == QLatin1String("jwt");
    return false;
}

QString firstAuthorizerFor(const doc::Node &document, const QString &authorizationType)
{
    for (const auto &member : document[u"components"][u"securitySchemes"].members()) {
        if (authorizerServes(authorizationType, authorizerTypeOf(member.second)))
            return member.first;
    }
    return {};
}

void showAuthorizers(QComboBox *authorizers, const doc::Node &document, const QString &authorizationType,
                     const QStringList &withAuthorizer, const QString &authorizer)
{
    authorizers->clear();
    const bool takesAuthorizer = withAuthorizer.contains(authorizationType);
    if (takesAuthorizer) {
        for (const auto &member : document[u"components"][u"securitySchemes"].members()) {
            const QString type = authorizerTypeOf(member.second);
            if (authorizerServes(authorizationType, type))
                authorizers->addItem(QStringLiteral("%1 (%2)").arg(member.first, type.toUpper()), member.first);
        }
    }
    authorizers->setEnabled(takesAuthorizer);
    if (takesAuthorizer)
        setComboValue(authorizers, authorizer);
}

QString firstInvalidScope(const QStringList &scopes)
{
    static const QRegularExpression scope(QStringLiteral("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+$"));
    for (const QString &s : scopes) {
        if (!scope.match(s).hasMatch())
            return s;
    }
    return {};
}

void layOutResourceEditor(QWidget *editor, QLabel *title, QLabel *missing, QWidget *form)
{
    auto *outer = new QVBoxLayout(editor);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(title);
    missing->setWordWrap(true);
    missing->hide();
    outer->addWidget(missing);
    auto *scroll = new QScrollArea(editor);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(form);
    outer->addWidget(scroll, 1);
}

RowButtons setUpHeaderRows(QTableWidget *table, QBoxLayout *layout)
{
    const QFontMetrics metrics = table->fontMetrics();
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    table->setColumnWidth(0, metrics.horizontalAdvance(QStringLiteral("Content-Type-xxxx")));
    table->setMinimumHeight(metrics.height() * 4);
    layout->addWidget(table, 1);
    auto *buttons = new QVBoxLayout;
    RowButtons out{new QToolButton(table->parentWidget()), new QToolButton(table->parentWidget())};
    out.add->setText(QStringLiteral("+"));
    out.remove->setText(QStringLiteral("−"));
    buttons->addWidget(out.add);
    buttons->addWidget(out.remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    QObject::connect(out.add, &QToolButton::clicked, table, [table] {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem);
        table->setItem(row, 1, new QTableWidgetItem);
        table->setCurrentCell(row, 0);
        table->editItem(table->item(row, 0));
    });
    QObject::connect(out.remove, &QToolButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0)
            table->removeRow(row);
    });
    return out;
}

void showFieldError(QWidget *field, QLabel *label, const QString &message)
{
    if (field) {
        QPalette pal = field->parentWidget() ? field->parentWidget()->palette() : field->palette();
        if (!message.isEmpty()) {
            const QColor base = pal.color(QPalette::Base);
            pal.setColor(QPalette::Base, Formatting::blend(base, Formatting::statusColor(500, pal), 0.22));
        }
        field->setPalette(pal);
        field->setToolTip(message);
    }
    if (label) {
        label->setText(message);
        label->setVisible(!message.isEmpty());
    }
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setMinimumWidth(120); // wraps instead of widening the editor
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, Formatting::statusColor(500, pal));
    label->setPalette(pal);
    label->setVisible(false);
    return label;
}

void setTextIfChanged(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0); // long URIs show their start
}

void setTextIfChanged(QsciScintilla *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setComboValue(QComboBox *combo, const QString &value)
{
    int index = combo->findData(value);
    if (index < 0)
        index = combo->findText(value);
    if (index < 0 && !value.isEmpty()) {
        combo->addItem(QCoreApplication::translate("gw::ui::EditorSupport", "%1 (not defined)").arg(value), value);
        index = combo->count() - 1;
    }
    if (combo->currentIndex() != index)
        combo->setCurrentIndex(index);
}

void makeCombosCompact(QWidget *parent)
{
    for (QComboBox *combo : parent->findChildren<QComboBox *>()) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(std::max(combo->minimumContentsLength(), 12));
    }
}

QsciScintilla *makeTemplateEditor(QWidget *parent, const QString &accessibleName)
{
    auto *editor = new QsciScintilla(parent);
    auto *lexer = new VtlLexer(editor);
    lexer->applyPalette(parent->palette().color(QPalette::Base).lightness() < 128);
    editor->setLexer(lexer);
    editor->setUtf8(true);
    editor->setMarginType(0, QsciScintilla::NumberMargin);
    editor->setMarginWidth(0, QStringLiteral("000"));
    editor->setWrapMode(QsciScintilla::WrapWord);
    editor->setAccessibleName(accessibleName);
    editor->setMinimumHeight(120);
    return editor;
}

} // namespace editing

// ---- PairsTable ----------------------------------------------------------------------------------------------------

PairsTable::PairsTable(const QString &keyTitle, const QString &valueTitle, const QString &accessibleName,
                       QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_table->setHorizontalHeaderLabels({keyTitle, valueTitle});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(accessibleName);
    m_table->setMinimumHeight(90);
    m_table->horizontalHeader()->setMinimumSectionSize(60);
    m_table->setMinimumWidth(160);
    m_table->setMaximumHeight(170);
    m_table->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // follows the editor's width
    m_add->setAccessibleName(tr("Add to %1").arg(accessibleName));
    m_remove->setAccessibleName(tr("Remove from %1").arg(accessibleName));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            Q_EMIT pairsEdited(pairs());
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QSignalBlocker block(m_table);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(m_keyPrefix));
        m_table->setItem(row, 1, new QTableWidgetItem);
        m_table->setCurrentCell(row, 0);
        m_table->editItem(m_table->item(row, 0));
        // Nothing to save until the row has a key.
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        m_table->removeRow(row);
        Q_EMIT pairsEdited(pairs());
    });
}

void PairsTable::setPairs(const model::StringPairs &pairs)
{
    if (pairs == this->pairs())
        return;
    m_updating = true;
    m_table->setRowCount(int(pairs.size()));
    for (int row = 0; row < pairs.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(pairs[row].first));
        m_table->setItem(row, 1, new QTableWidgetItem(pairs[row].second));
    }
    m_updating = false;
}

model::StringPairs PairsTable::pairs() const
{
    model::StringPairs out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *key = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        const QString k = key ? key->text().trimmed() : QString();
        if (k.isEmpty() || k == m_keyPrefix)
            continue;
        out.append({k, value ? value->text() : QString()});
    }
    return out;
}

// ---- TemplateMapEditor -------------------------------------------------------------------------------------------

TemplateMapEditor::TemplateMapEditor(const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_types(new QComboBox(this))
    , m_add(new QPushButton(tr("Add…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_editor(editing::makeTemplateEditor(this, accessibleName))
{
    m_types->setAccessibleName(tr("%1: content type").arg(accessibleName));
    m_types->setToolTip(tr("The Content-Type this template applies to"));
    m_add->setToolTip(tr("Add a template for another content type"));
    m_types->setMinimumContentsLength(12);
    m_types->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_add->setAccessibleName(tr("%1: add a content type").arg(accessibleName));
    m_remove->setAccessibleName(tr("%1: remove the content type").arg(accessibleName));
    auto *row = new QHBoxLayout;
    row->addWidget(m_types, 1);
    row->addWidget(m_add);
    row->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_editor, 1);

    connect(m_types, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_updating)
            showSelected();
    });
    connect(m_add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString type = QInputDialog::getText(this, tr("Add Mapping Template"),
                                                   tr("Content type of the request or response it maps:"),
                                                   QLineEdit::Normal, QStringLiteral("application/json"), &ok)
                                 .trimmed();
        if (ok && !type.isEmpty())
            addContentType(type);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int index = m_types->currentIndex();
        if (index < 0 || index >= m_templates.size())
            return;
        m_templates.removeAt(index);
        setTemplates(m_templates);
        Q_EMIT templatesEdited(m_templates);
    });
    connect(m_editor, &QsciScintilla::textChanged, this, [this] {
        const int index = m_types->currentIndex();
        if (m_updating || index < 0 || index >= m_templates.size())
            return;
        if (m_templates[index].second == m_editor->text())
            return;
        m_templates[index].second = m_editor->text();
        Q_EMIT templatesEdited(m_templates);
    });
    showSelected();
}

void TemplateMapEditor::addContentType(const QString &contentType)
{
    for (int i = 0; i < m_templates.size(); ++i) {
        if (m_templates[i].first == contentType) {
            m_types->setCurrentIndex(i);
            return;
        }
    }
    m_templates.append({contentType, QString()});
    setTemplates(m_templates);
    m_types->setCurrentIndex(int(m_templates.size()) - 1);
    Q_EMIT templatesEdited(m_templates);
}

void TemplateMapEditor::setTemplates(const model::StringPairs &templates)
{
    const QString current = m_types->currentText();
    m_templates = templates;
    m_updating = true;
    QStringList names;
    for (const auto &t : templates)
        names.append(t.first);
    QStringList shown;
    for (int i = 0; i < m_types->count(); ++i)
        shown.append(m_types->itemText(i));
    if (names != shown) {
        m_types->clear();
        m_types->addItems(names);
        const int keep = int(names.indexOf(current));
        m_types->setCurrentIndex(keep >= 0 ? keep : (names.isEmpty() ? -1 : 0));
    }
    m_updating = false;
    showSelected();
}

void TemplateMapEditor::showSelected()
{
    const int index = m_types->currentIndex();
    const bool valid = index >= 0 && index < m_templates.size();
    m_updating = true;
    editing::setTextIfChanged(m_editor, valid ? m_templates[index].second : QString());
    m_updating = false;
    m_editor->setReadOnly(!valid);
    m_editor->setEnabled(valid);
    m_remove->setEnabled(valid);
}

} // namespace gw::ui
