// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/docnode.h"
#include "model/api.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QTimer;
class QsciLexerJSON;
class QsciScintilla;
class QsciStyle;

namespace gw::ui {

class ProjectDocument;

/// The editor of one REST API model (explorer key "model:API:NAME"): an entry of the definition's
/// components.schemas, a JSON Schema draft 4 document as API Gateway validates request bodies with it. The schema is
/// edited as JSON in QScintilla; a pause in typing checks it: a syntax error, a member that draft 4 does not allow
/// (checked with valijson against the draft-04 meta-schema) or a reference to a model that does not exist is shown at
/// its line. Text that parses into a JSON object is applied as one undoable edit, merged while typing. Renaming a
/// model also renames the references to it.
class ModelEditor final : public QWidget
{
    Q_OBJECT
public:
    /// One problem of the schema text, at a 1-based line.
    struct Problem
    {
        int line = 1;
        QString message;
    };

    explicit ModelEditor(ProjectDocument *document, QWidget *parent = nullptr);
    ~ModelEditor() override;

    /// Shows the model `key` names ("model:API:NAME"); false when the API has no such model.
    bool showKey(const QString &key);
    QString apiId() const { return m_apiId; }
    QString modelName() const { return m_name; }

    /// Checks schema text as the editor does: syntax, the draft-04 meta-schema, references to other models of
    /// `api` (whose `name` model the text replaces). Empty when the text is a usable model. `parsed` gets the schema
    /// when the text parses.
    static QList<Problem> check(const QString &text, const model::Api &api, const QString &name, doc::Node *parsed);

    /// Checks and applies the text now instead of after the typing pause.
    void checkNow();
    /// The problems shown for the current text.
    const QList<Problem> &problems() const { return m_problems; }

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLabel *contentTypeLabel() const { return m_contentType; }
    QLabel *usageLabel() const { return m_usage; }
    QsciScintilla *schemaEdit() const { return m_editor; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// The model was renamed here: it is now "model:API:NEWNAME". Emitted after the edit.
    void keyRenamed(const QString &key);

protected:
    void changeEvent(QEvent *event) override;

private:
    const doc::Node *schema() const;
    void refresh();
    void rename();
    void showProblems();
    void applyColours();

    ProjectDocument *m_document;
    QString m_apiId;
    QString m_name;
    int m_index = -1; ///< the model's position in components.schemas, to follow it when an undo renames it
    QLabel *m_title;
    QLabel *m_missing;
    QWidget *m_form;
    QLineEdit *m_nameEdit;
    QLabel *m_contentType;
    QLabel *m_usage;
    QsciScintilla *m_editor;
    QsciLexerJSON *m_lexer;
    QLabel *m_status;
    QTimer *m_debounce;
    int m_errorMarker = -1;
    QList<Problem> m_problems;
    bool m_settingText = false;
    QString m_renamedFrom; ///< while a rename made here is being applied: the old key
    std::unique_ptr<QsciStyle> m_problemStyle;
};

} // namespace gw::ui
