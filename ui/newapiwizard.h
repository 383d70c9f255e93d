// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace gw::ui {

/// File ▸ New API: a REST, HTTP or WebSocket API, blank, copied from a bundled example, or imported from an
/// OpenAPI 3.0 / Swagger 2.0 document (also what dropping such a file on the window offers). Examples are read and
/// documents imported off the GUI thread; accepting waits for the import and stays open with the importer's
/// first errors when the document is refused. On success apiReady() carries the API (its id made unique against the
/// project given) and the functions it needs, then the dialog closes.
class NewApiWizard final : public QDialog
{
    Q_OBJECT
public:
    enum class Source { Blank, Example, File };

    /// `project` (may be null: a new project) is what the id must not collide with.
    explicit NewApiWizard(const model::Project *project, QWidget *parent = nullptr);
    ~NewApiWizard() override;

    /// Where the examples are: the installed share/gatehouse/examples, else the source tree's resources/examples.
    static QString defaultExamplesDir();
    /// Reads the examples of `dir` (off the GUI thread); examplesLoaded() follows.
    void loadExamples(const QString &dir);

    void setProtocol(model::Protocol protocol);
    model::Protocol protocol() const;
    void setSource(Source source);
    Source source() const;
    void setFile(const QString &path);
    QString file() const { return m_file; }
    /// Examples offered for the chosen protocol (their labels), in order.
    QStringList exampleLabels() const;
    bool selectExample(const QString &apiId);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *idEdit() const { return m_id; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// What is wrong (or being done) right now, as the dialog shows it.
    QString statusText() const;
    bool isBusy() const { return m_busy; }

    /// Builds the API; for an imported file, after the import finished.
    void accept() override;

Q_SIGNALS:
    void examplesLoaded();
    void apiReady(const gw::model::Api &api, const QList<gw::model::Function> &functions);
    /// An import finished with errors; the dialog stays open and says why.
    void importFailed(const QString &message);

private:
    struct Example
    {
        QString label;
        model::Api api;
        QList<model::Function> functions;
    };
    void updateState();
    void chooseFile();
    void fillExamples();
    /// The id the API gets: the field's, else a slug of the title (or the source's id).
    QString effectiveId(const QString &fallback) const;
    model::Api blankApi() const;
    void finish(model::Api api, const QList<model::Function> &functions);

    model::Project m_project;
    QList<Example> m_examples;
    QString m_file;
    QString m_importError; ///< why the last import failed; cleared when the choice changes
    bool m_busy = false;
    QButtonGroup *m_protocolGroup;
    QRadioButton *m_rest;
    QRadioButton *m_http;
    QRadioButton *m_webSocket;
    QButtonGroup *m_sourceGroup;
    QRadioButton *m_blank;
    QRadioButton *m_example;
    QRadioButton *m_fromFile;
    QComboBox *m_exampleBox;
    QLabel *m_fileLabel;
    QPushButton *m_browse;
    QLineEdit *m_title;
    QLineEdit *m_id;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace gw::ui
