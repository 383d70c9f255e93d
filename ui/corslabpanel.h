// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cors/corslab.h"
#include "projectloader.h"

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace gw::ui {

class ProjectDocument;

/// The CORS Lab: plays a browser page at an origin calling the running gateway with fetch(), shows whether
/// the browser lets the page read the answer, every check of the preflight and the actual request, and the
/// one change that fixes a blocked request. "Apply fix" edits the working copy through the document (one undo
/// step); REST stages then need a deployment, which the lab offers. Also lists the CORS traps of the chosen
/// API.
class CorsLabPanel final : public QWidget
{
    Q_OBJECT
public:
    /// `document` outlives the panel.
    explicit CorsLabPanel(ProjectDocument *document, QWidget *parent = nullptr);
    ~CorsLabPanel() override;

    /// What the gateway serves, and its port (0: stopped). `upToDate`: `gateway` was compiled from the
    /// document's current revision; a run asked for meanwhile waits until it is.
    void setGateway(std::shared_ptr<const CompiledGateway> gateway, quint16 port, bool upToDate);
    void setCorsTraps(const CorsTrapMap &traps);

    /// Points the lab at `path` (within the stage, e.g. "/pets/1") of `apiId`'s `stage`; an empty `method`
    /// keeps the current one.
    void setTarget(const QString &apiId, const QString &stage, const QString &path,
                   const QString &method = {});
    void setOrigin(const QString &origin);
    void setCredentials(cors::CredentialsMode mode);
    /// Replaces the request headers.
    void setHeaders(const QList<QPair<QString, QString>> &headers);

    /// Sends the request through the running gateway; finished() follows, at once when it cannot run.
    void run();
    bool isRunning() const;
    /// The last run's result; empty before the first, and when the last could not run (see errorText()).
    const std::optional<cors::LabResult> &lastResult() const { return m_result; }
    QString errorText() const;
    /// The URL the request goes to.
    QString requestUrl() const;
    /// Applies the last result's fix as one undoable edit. False (with a message shown) when there is none or
    /// it no longer fits the working copy.
    bool applyFix();
    /// The verdict line as shown ("Blocked", "Allowed", or empty).
    QString verdictText() const;

    QComboBox *originCombo() const { return m_origin; }
    QComboBox *methodCombo() const { return m_method; }
    QComboBox *apiCombo() const { return m_api; }
    QComboBox *stageCombo() const { return m_stage; }
    QComboBox *credentialsCombo() const { return m_credentials; }
    QLineEdit *pathEdit() const { return m_path; }
    QTableWidget *headersTable() const { return m_headers; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *applyFixButton() const { return m_applyFix; }
    QPushButton *deployButton() const { return m_deploy; }
    QPushButton *runAgainButton() const { return m_runAgain; }
    /// Preflight and actual request, each with its checks (Qt::UserRole: check name, Qt::UserRole + 1:
    /// passed) and response headers.
    QTreeWidget *resultTree() const { return m_tree; }
    QTreeWidget *trapsTree() const { return m_traps; }
    QLabel *fixLabel() const { return m_fixText; }
    QLabel *fixStatusLabel() const { return m_fixStatus; }

    static QList<QLatin1StringView> defaultMethods();

Q_SIGNALS:
    /// A run ended: with a result, or with errorText() when it could not run.
    void finished();
    /// The user asked to deploy `apiId`'s working copy to `stage`.
    void deployRequested(const QString &apiId, const QString &stage);
    void startGatewayRequested();

private:
    void rebuildTargets();
    void fillStages();
    void updateUrl();
    void updateTraps();
    void updateRunState();
    void updateFixStatus();
    void startRun();
    void showError(const QString &text);
    void showResult(const cors::LabResult &result);
    /// A top-level item for one request of the run, with its checks and response headers.
    void addStep(const QString &title, const cors::LabStep &step);
    void rememberOrigin(const QString &origin);
    QString stagePrefix() const;
    QString samplePath(const QString &apiId) const;

    ProjectDocument *m_document;
    cors::CorsLab *m_lab;
    QTimer *m_timeout;
    std::shared_ptr<const CompiledGateway> m_gateway;
    quint16 m_port = 0;
    bool m_upToDate = false;
    bool m_runPending = false;
    CorsTrapMap m_trapMap;

    // The request
    QComboBox *m_origin;
    QComboBox *m_method;
    QComboBox *m_api;
    QComboBox *m_stage;
    QLineEdit *m_path;
    QLineEdit *m_url;
    QComboBox *m_credentials;
    QTableWidget *m_headers;
    QPushButton *m_run;
    QPushButton *m_start;
    QLabel *m_runNote;

    // The result
    QLabel *m_verdict;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    QLabel *m_fixText;
    QPushButton *m_applyFix;
    QLabel *m_fixStatus;
    QPushButton *m_deploy;
    QPushButton *m_runAgain;
    QLabel *m_trapsTitle;
    QTreeWidget *m_traps;

    std::optional<cors::LabResult> m_result;
    QString m_error;
    cors::FetchRequest m_request; ///< the request of the last run
    QString m_runApi; ///< the API and stage of the last run
    QString m_runStage;
    bool m_fixApplied = false; ///< the last result's fix was applied (at undo index m_fixIndex)
    int m_fixIndex = -1;
};

} // namespace gw::ui
