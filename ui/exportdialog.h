// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/apiexport.h"
#include "model/api.h"

#include <QDialog>

#include <functional>
#include <memory>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;
class QTimer;
class QsciLexer;
class QsciScintilla;

namespace gw::ui {

class NoticeBar;

/// File ▸ Export: writes an API (OpenAPI 3.0, Swagger 2.0) or the whole project (SAM, CloudFormation,
/// Terraform) as `gatehouse export` does, through the same engine function (io::exportProject) and the same
/// atomic write (io::writeExportFile), so the file is byte for byte what the command line writes for the same
/// options. The preview and its warnings are generated off the GUI thread from a snapshot of the project
/// taken when the dialog opened; changing an option while a generation runs supersedes it (its result is
/// dropped).
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Preselects `apiId` when given. `folder` is where the suggested file goes (the project's folder).
    ExportDialog(const model::Project &project, const QString &apiId, const QString &folder,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    /// The options of the current choices (outputDir: the destination's folder, as `-o OUT` gives it).
    io::ExportOptions options() const;
    QString destination() const;
    void setDestination(const QString &path);
    void setFormat(io::ExportFormat format);
    void setSyntax(doc::Syntax syntax);

    /// True while the preview does not yet show the current options.
    bool isGenerating() const { return !m_resultValid; }
    /// The export the preview shows (valid once previewReady() was emitted for the current options).
    const io::ExportResult &result() const { return m_result; }

    /// Writes the previewed export to the destination in one rename; on failure says why in the dialog and
    /// writes nothing. True when written.
    bool exportNow();
    /// Replaces the Browse… file dialog (tests answer it): given the suggested path, returns the chosen one
    /// or "".
    void setPathChooser(std::function<QString(const QString &suggested)> chooser)
    {
        m_chooser = std::move(chooser);
    }

    QComboBox *apiCombo() const { return m_api; }
    QComboBox *formatCombo() const { return m_format; }
    QRadioButton *yamlButton() const { return m_yaml; }
    QRadioButton *jsonButton() const { return m_json; }
    QLineEdit *destinationEdit() const { return m_destination; }
    QsciScintilla *preview() const { return m_preview; }
    QListWidget *warningList() const { return m_warnings; }
    NoticeBar *notice() const { return m_notice; }
    QProgressBar *progress() const { return m_progress; }
    QPushButton *exportButton() const { return m_exportButton; }

Q_SIGNALS:
    /// The preview shows the export of the current options (or why there is none).
    void previewReady();
    /// The export was written to `path`.
    void exported(const QString &path, int warningCount);

private:
    void onFormatChanged();
    void fillApis();
    void scheduleGeneration();
    void startGeneration();
    void showResult(const io::ExportResult &result);
    void updateSuggestedPath();
    QString suggestedFileName() const;
    void browse();
    void updateButtons();
    void applyColours();
    void changeEvent(QEvent *event) override;

    model::Project m_project;
    QString m_preferredApi;
    QString m_folder;

    QComboBox *m_api;
    QComboBox *m_format;
    QButtonGroup *m_syntaxGroup;
    QRadioButton *m_yaml;
    QRadioButton *m_json;
    QLineEdit *m_destination;
    QPushButton *m_browse;
    QsciScintilla *m_preview;
    QsciLexer *m_yamlLexer;
    QsciLexer *m_jsonLexer;
    QLabel *m_warningsTitle;
    QLabel *m_parameters;
    QListWidget *m_warnings;
    NoticeBar *m_notice;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    QTimer *m_debounce;

    /// The file name last suggested: while the destination ends with it, changing the format renames it.
    QString m_suggestedName;
    std::function<QString(const QString &)> m_chooser;

    /// Generations: each start increments m_generation; a finished one whose number is not the latest is
    /// dropped. At most one thread runs; options changed meanwhile start one more when it ends (m_pending).
    quint64 m_generation = 0;
    bool m_pending = false;
    QThread *m_thread = nullptr;
    io::ExportResult m_result;
    bool m_resultValid = false;
};

} // namespace gw::ui
