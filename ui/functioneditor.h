// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace gw::ui {

class KeyValueTable;
class ProjectDocument;

/// The editor of one local Lambda function (explorer key "function:NAME"): runtime, handler (checked against the
/// runtime's form and the code folder), code folder (relative to the project file), environment variables, memory and
/// timeout. Every change is one undoable edit; typing in one field merges into one undo step. An invalid handler is
/// shown and not applied, so the project always stays loadable.
class FunctionEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit FunctionEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the function `key` names ("function:NAME"); false when the project has no such function.
    bool showKey(const QString &key);
    QString functionName() const { return m_name; }

    /// The runtimes the runtime box offers (AWS's names of the Node.js, Python and custom runtimes).
    static QStringList runtimes();
    /// Why `handler` is not a handler for `runtime` ("python: MODULE.FUNCTION, e.g. app.lambda_handler"); empty when
    /// it is one.
    static QString handlerProblem(const QString &runtime, const QString &handler);

    QComboBox *runtimeCombo() const { return m_runtime; }
    QLineEdit *handlerEdit() const { return m_handler; }
    QLabel *handlerStatus() const { return m_handlerStatus; }
    QLineEdit *codeEdit() const { return m_code; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *codeStatus() const { return m_codeStatus; }
    KeyValueTable *environmentTable() const { return m_environment; }
    QSpinBox *memorySpin() const { return m_memory; }
    QSpinBox *timeoutSpin() const { return m_timeout; }

protected:
    void changeEvent(QEvent *event) override;

private:
    const model::Function *function() const;
    void refresh();
    void apply(const QString &text, int mergeId, const std::function<void(model::Function &)> &change);
    void handlerEdited(const QString &text);
    void setCodeFolder(const QString &folder, int mergeId);
    void browse();
    void updateStatus(const model::Function &function);

    ProjectDocument *m_document;
    QString m_name;
    QLabel *m_title;
    QLabel *m_missing;
    QWidget *m_form;
    QComboBox *m_runtime;
    QLineEdit *m_handler;
    QLabel *m_handlerStatus;
    QLineEdit *m_code;
    QPushButton *m_browse;
    QLabel *m_codeStatus;
    KeyValueTable *m_environment;
    QSpinBox *m_memory;
    QSpinBox *m_timeout;
};

} // namespace gw::ui
