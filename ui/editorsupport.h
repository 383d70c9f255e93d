// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QBoxLayout;
class QComboBox;
class QToolButton;
class QsciScintilla;

namespace gw::ui {

class VtlLexer;

/// An Explorer item key split as the editors read it: "prefix:apiId:rest", where only the first two ':' separate
/// (paths and route keys may contain ':').
struct EditorKey
{
    QString prefix;
    QString apiId;
    QString rest;

    static EditorKey parse(const QString &key);
};

namespace editing {

/// A mapping with one member (doc::Node::set() returns the member, not the mapping).
doc::Node mappingWith(const QString &key, doc::Node value);
/// `path` as the Explorer keys spell it: a leading '/', no trailing '/' (except the root).
QString normalizedPath(QString path);
model::Api *findApi(model::Project &project, QStringView apiId);
/// The operation `method` of the resource whose normalized path is `path`, or null.
model::Operation *findOperation(model::Api &api, const QString &path, const QString &method);
const model::Operation *findOperation(const model::Api &api, const QString &path, const QString &method);
/// An HTTP API route key ("GET /pets", "$default") as the path item and method that hold it.
bool splitRouteKey(const QString &routeKey, QString *method, QString *path);
/// The HTTP API route key of `op` under `path`, as the Explorer shows it.
QString routeKeyOf(const QString &path, const model::Operation &op);

/// The parts of a comma-separated list, trimmed, without empty ones.
QStringList splitList(const QString &text);

/// The type of the authorizer a components.securitySchemes entry defines, in lower case (token, request,
/// cognito_user_pools, jwt); empty when it defines none.
QString authorizerTypeOf(const doc::Node &scheme);
/// Whether an authorizer of `authorizerType` (as authorizerTypeOf() names it) can serve a method or route whose
/// authorization is `authorizationType`: CUSTOM takes token and request, COGNITO_USER_POOLS cognito_user_pools,
/// JWT jwt.
bool authorizerServes(const QString &authorizationType, const QString &authorizerType);
/// The first authorizer in `document` that serves `authorizationType`; empty when there is none.
QString firstAuthorizerFor(const doc::Node &document, const QString &authorizationType);
/// Lists in `authorizers` the authorizers of `document` that serve `authorizationType` and selects `authorizer`
/// when `authorizationType` is one of `withAuthorizer` (the editor's authorization types that name an authorizer);
/// otherwise leaves it empty and disabled.
void showAuthorizers(QComboBox *authorizers, const doc::Node &document, const QString &authorizationType,
                     const QStringList &withAuthorizer, const QString &authorizer);
/// The first of `scopes` an OAuth scope cannot be (it has spaces, quotes or backslashes); empty when all are valid.
QString firstInvalidScope(const QStringList &scopes);

/// Lays out a resource editor (stage, function, usage plan, API key): `title` on top in a larger bold font and
/// selectable, then `missing` (what the editor says when its item is gone; wrapping, hidden until then), then `form`
/// in a frameless scroll area that takes the rest.
void layOutResourceEditor(QWidget *editor, QLabel *title, QLabel *missing, QWidget *form);

/// The + and − buttons beside a table of rows the user types.
struct RowButtons
{
    QToolButton *add;
    QToolButton *remove;
};
/// Request headers the user types, as the Test and CORS Lab panels show them: `table` (name and value columns,
/// three rows tall at least) with + and − buttons stacked beside it, added to `layout`. + adds an empty row and
/// starts editing its name; − removes the current row. The caller names the columns and buttons in its own words.
RowButtons setUpHeaderRows(QTableWidget *table, QBoxLayout *layout);

/// Marks `field` invalid (a red tint of its base colour from the palette) with `message` in `label`, or clears
/// both when `message` is empty.
void showFieldError(QWidget *field, QLabel *label, const QString &message);
/// A small label for inline field errors, hidden while empty.
QLabel *makeErrorLabel(QWidget *parent);

/// Sets text only when it differs, so the cursor of a field being typed in stays where it is.
void setTextIfChanged(QLineEdit *edit, const QString &text);
void setTextIfChanged(QsciScintilla *edit, const QString &text);
/// Selects the item whose data (else text) is `value`; adds it (marked as unknown) when missing.
void setComboValue(QComboBox *combo, const QString &value);

/// Lets every combo box under `parent` be narrower than its longest item, so editors fit the window's centre.
void makeCombosCompact(QWidget *parent);

/// A QScintilla editor for mapping templates, coloured by the VTL lexer for the palette in use.
QsciScintilla *makeTemplateEditor(QWidget *parent, const QString &accessibleName);

} // namespace editing

/// An editable list of ordered string pairs (request parameters, response parameters): a two-column table with
/// Add and Remove. Emits pairsEdited() after each change made by the user; setPairs() never emits.
class PairsTable final : public QWidget
{
    Q_OBJECT
public:
    PairsTable(const QString &keyTitle, const QString &valueTitle, const QString &accessibleName,
               QWidget *parent = nullptr);

    /// Shows `pairs`; leaves the table alone when it already shows them (keeps an open cell editor).
    void setPairs(const model::StringPairs &pairs);
    /// The pairs shown; rows with an empty key are left out.
    model::StringPairs pairs() const;
    /// The key a new row starts with ("method.request.header.").
    void setKeyPrefix(const QString &prefix) { m_keyPrefix = prefix; }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void pairsEdited(const model::StringPairs &pairs);

private:
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    QString m_keyPrefix;
    bool m_updating = false;
};

/// Mapping templates by content type: a content-type chooser with Add and Remove, and the selected template in a
/// QScintilla editor with the VTL lexer. Emits templatesEdited() after each change made by the user.
class TemplateMapEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateMapEditor(const QString &accessibleName, QWidget *parent = nullptr);

    void setTemplates(const model::StringPairs &templates);
    model::StringPairs templates() const { return m_templates; }
    QComboBox *contentTypes() const { return m_types; }
    QsciScintilla *editor() const { return m_editor; }
    /// Adds a template for `contentType` (empty text) and selects it, as the Add button does after asking.
    void addContentType(const QString &contentType);

Q_SIGNALS:
    void templatesEdited(const model::StringPairs &templates);

private:
    void showSelected();

    model::StringPairs m_templates;
    QComboBox *m_types;
    QPushButton *m_add;
    QPushButton *m_remove;
    QsciScintilla *m_editor;
    bool m_updating = false;
};

} // namespace gw::ui
