// SPDX-License-Identifier: GPL-3.0-or-later
#include "newapiwizard.h"

#include "formatting.h"
#include "projectedits.h"

#include "doc/docio.h"
#include "io/inputloader.h"
#include "io/openapi.h"
#include "io/projectfile.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <functional>

namespace gw::ui {

namespace {

/// The largest document the wizard imports (the project file reader's own limit is larger; this keeps a dropped
/// video from being parsed).
constexpr qint64 kMaxImportBytes = 32 * 1024 * 1024;

struct ImportResult
{
    std::optional<model::Api> api;
    QString error;
};

/// Reads an OpenAPI / Swagger document as a one-API project would have it (runs off the GUI thread).
ImportResult importDocument(const QString &path, model::Protocol protocol, const QString &apiId)
{
    ImportResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = NewApiWizard::tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.size() > kMaxImportBytes) {
        result.error = NewApiWizard::tr("%1 is larger than %2 MB; that is no OpenAPI document Gatehouse imports.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(kMaxImportBytes / (1024 * 1024));
        return result;
    }
    const doc::ParseResult parsed = doc::parse(file.readAll());
    if (!parsed.ok()) {
        result.error = NewApiWizard::tr("%1 is not valid YAML or JSON: line %2: %3.")
                           .arg(QFileInfo(path).fileName())
                           .arg(parsed.error->line)
                           .arg(parsed.error->message);
        return result;
    }
    if (io::isProjectDocument(parsed.root)) {
        result.error = NewApiWizard::tr("%1 is a Gatehouse project, not an OpenAPI document: open it with File ▸ Open.")
                           .arg(QFileInfo(path).fileName());
        return result;
    }
    io::InputOptions options;
    options.apiId = apiId;
    options.protocol = protocol;
    options.stage = protocol == model::Protocol::Http ? QStringLiteral("$default") : QStringLiteral("prod");
    io::InputLoad load = io::projectFromDocument(parsed.root, path, options);
    if (load.hasErrors() || !load.project || load.project->apis.isEmpty()) {
        QStringList errors;
        for (const io::Diagnostic &d : std::as_const(load.diagnostics)) {
            if (d.severity == io::Diagnostic::Severity::Error && errors.size() < 3)
                errors.append(d.format());
        }
        result.error = NewApiWizard::tr("%1 cannot be imported: %2")
                           .arg(QFileInfo(path).fileName(),
                                errors.isEmpty() ? NewApiWizard::tr("it holds no API.") : errors.join(QLatin1Char('\n')));
        return result;
    }
    model::Api api = load.project->apis.first();
    if (protocol == model::Protocol::Http && !api.stages.isEmpty()) {
        api.stages.first().autoDeploy = true; // an HTTP API's $default stage follows the working copy
        api.stages.first().deploymentId.clear();
        api.deployments.clear();
    }
    result.api = api;
    return result;
}

struct ExamplesResult
{
    struct Entry
    {
        QString label;
        model::Api api;
        QList<model::Function> functions;
    };
    QList<Entry> entries;
};

/// Does anything in `api` call function `name` (integrations, authorizers, WebSocket routes)?
bool callsFunction(const model::Api &api, const QString &name)
{
    for (const model::PathItem &p : api.definition.paths) {
        for (const model::Operation &op : p.operations) {
            if (op.integration && model::functionNameFromUri(op.integration->uri) == name)
                return true;
        }
    }
    bool found = false;
    std::function<void(const doc::Node &)> scan = [&](const doc::Node &n) {
        if (n.isMapping()) {
            for (const auto &member : n.members()) {
                if ((member.first == QLatin1String("uri") || member.first == QLatin1String("authorizerUri"))
                    && model::functionNameFromUri(member.second.toString()) == name)
                    found = true;
                scan(member.second);
            }
        } else if (n.isSequence()) {
            for (const doc::Node &item : n.items())
                scan(item);
        }
    };
    scan(api.definition.document);
    return found;
}

} // namespace

NewApiWizard::NewApiWizard(const model::Project *project, QWidget *parent)
    : QDialog(parent)
{
    if (project)
        m_project = *project;
    setWindowTitle(tr("New API"));
    auto *layout = new QVBoxLayout(this);

    auto *protocolBox = new QGroupBox(tr("Kind"), this);
    auto *protocolLayout = new QHBoxLayout(protocolBox);
    m_protocolGroup = new QButtonGroup(this);
    m_rest = new QRadioButton(tr("&REST API"), protocolBox);
    m_rest->setToolTip(tr("Resources and methods, mapping templates, API keys, caching: API Gateway's first kind"));
    m_http = new QRadioButton(tr("&HTTP API"), protocolBox);
    m_http->setToolTip(tr("Routes with Lambda or HTTP proxy integrations and JWT authorizers: cheaper and simpler"));
    m_webSocket = new QRadioButton(tr("&WebSocket API"), protocolBox);
    m_webSocket->setToolTip(tr("Long-lived connections whose messages are routed by a selection expression"));
    for (QRadioButton *b : {m_rest, m_http, m_webSocket}) {
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
        m_protocolGroup->addButton(b);
        protocolLayout->addWidget(b);
    }
    m_rest->setChecked(true);
    layout->addWidget(protocolBox);

    auto *sourceBox = new QGroupBox(tr("Start from"), this);
    auto *sourceLayout = new QFormLayout(sourceBox);
    m_sourceGroup = new QButtonGroup(this);
    m_blank = new QRadioButton(tr("&Blank"), sourceBox);
    m_example = new QRadioButton(tr("E&xample"), sourceBox);
    m_fromFile = new QRadioButton(tr("&OpenAPI document"), sourceBox);
    for (QRadioButton *b : {m_blank, m_example, m_fromFile}) {
        b->setAccessibleName(b->text().remove(QLatin1Char('&')));
        m_sourceGroup->addButton(b);
    }
    m_blank->setChecked(true);
    m_exampleBox = new QComboBox(sourceBox);
    m_exampleBox->setAccessibleName(tr("Example"));
    m_exampleBox->setPlaceholderText(tr("Reading the examples…"));
    auto *fileRow = new QWidget(sourceBox);
    auto *fileLayout = new QHBoxLayout(fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    m_fileLabel = new QLabel(tr("No file chosen"), fileRow);
    m_fileLabel->setAccessibleName(tr("OpenAPI document"));
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_browse = new QPushButton(tr("Choose…"), fileRow);
    m_browse->setAccessibleName(tr("Choose an OpenAPI document"));
    fileLayout->addWidget(m_fileLabel, 1);
    fileLayout->addWidget(m_browse);
    sourceLayout->addRow(m_blank);
    sourceLayout->addRow(m_example, m_exampleBox);
    sourceLayout->addRow(m_fromFile, fileRow);
    layout->addWidget(sourceBox);

    auto *form = new QFormLayout;
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("e.g. Orders"));
    m_id = new QLineEdit(this);
    m_id->setAccessibleName(tr("API id"));
    m_id->setPlaceholderText(tr("from the title"));
    m_id->setToolTip(tr("The {apiId} of the invoke URL: lower-case letters, digits and '-'"));
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("API &id:"), m_id);
    layout->addLayout(form);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewApiWizard::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    connect(m_protocolGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked) {
            m_importError.clear();
            fillExamples();
            updateState();
        }
    });
    connect(m_sourceGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked) {
            m_importError.clear();
            updateState();
        }
    });
    connect(m_exampleBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_exampleBox->currentIndex() >= 0)
            m_example->setChecked(true);
        updateState();
    });
    connect(m_browse, &QPushButton::clicked, this, &NewApiWizard::chooseFile);
    connect(m_title, &QLineEdit::textChanged, this, &NewApiWizard::updateState);
    connect(m_id, &QLineEdit::textChanged, this, &NewApiWizard::updateState);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    loadExamples(defaultExamplesDir());
    updateState();
}

NewApiWizard::~NewApiWizard() = default;

QString NewApiWizard::defaultExamplesDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    QStringList candidates = {appDir + QStringLiteral("/../share/gatehouse/examples")};
#ifdef GH_SOURCE_DIR
    candidates.append(QStringLiteral(GH_SOURCE_DIR "/resources/examples"));
#endif
    for (const QString &c : std::as_const(candidates)) {
        if (QFileInfo(c).isDir())
            return QDir::cleanPath(c);
    }
    return {};
}

void NewApiWizard::loadExamples(const QString &dir)
{
    m_examples.clear();
    fillExamples();
    if (dir.isEmpty()) {
        m_exampleBox->setPlaceholderText(tr("No examples are installed"));
        updateState();
        return;
    }
    auto *watcher = new QFutureWatcher<ExamplesResult>(this);
    connect(watcher, &QFutureWatcher<ExamplesResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const ExamplesResult result = watcher->result();
        for (const ExamplesResult::Entry &e : result.entries)
            m_examples.append({e.label, e.api, e.functions});
        m_exampleBox->setPlaceholderText(m_examples.isEmpty() ? tr("No examples are installed") : QString());
        fillExamples();
        updateState();
        Q_EMIT examplesLoaded();
    });
    watcher->setFuture(QtConcurrent::run([dir] {
        ExamplesResult result;
        const QFileInfoList files
            = QDir(dir).entryInfoList({QStringLiteral("*.gatehouse.yaml")}, QDir::Files, QDir::Name);
        for (const QFileInfo &file : files) {
            const io::ProjectLoad load = io::loadProject(file.absoluteFilePath());
            if (!load.project)
                continue;
            for (const model::Api &api : load.project->apis) {
                ExamplesResult::Entry e;
                const QString title = api.protocol == model::Protocol::WebSocket
                    ? api.definition.document[u"name"].toString(api.id)
                    : api.definition.title();
                e.label = NewApiWizard::tr("%1 (%2, from %3)").arg(title.isEmpty() ? api.id : title, api.id, file.fileName());
                e.api = api;
                // The functions the API calls, with their code where the example keeps it.
                for (model::Function f : load.project->functions) {
                    f.code = load.project->codePath(f);
                    e.functions.append(f);
                }
                result.entries.append(e);
            }
        }
        return result;
    }));
}

void NewApiWizard::fillExamples()
{
    const QString current = m_exampleBox->currentData().toString();
    const QSignalBlocker block(m_exampleBox);
    m_exampleBox->clear();
    for (qsizetype i = 0; i < m_examples.size(); ++i) {
        if (m_examples[i].api.protocol == protocol())
            m_exampleBox->addItem(m_examples[i].label, m_examples[i].api.id);
    }
    const int again = m_exampleBox->findData(current);
    m_exampleBox->setCurrentIndex(again >= 0 ? again : (m_exampleBox->count() > 0 ? 0 : -1));
}

void NewApiWizard::setProtocol(model::Protocol protocol)
{
    (protocol == model::Protocol::Rest ? m_rest : protocol == model::Protocol::Http ? m_http : m_webSocket)->setChecked(true);
}

model::Protocol NewApiWizard::protocol() const
{
    if (m_http->isChecked())
        return model::Protocol::Http;
    if (m_webSocket->isChecked())
        return model::Protocol::WebSocket;
    return model::Protocol::Rest;
}

void NewApiWizard::setSource(Source source)
{
    (source == Source::Blank ? m_blank : source == Source::Example ? m_example : m_fromFile)->setChecked(true);
}

NewApiWizard::Source NewApiWizard::source() const
{
    if (m_example->isChecked())
        return Source::Example;
    if (m_fromFile->isChecked())
        return Source::File;
    return Source::Blank;
}

void NewApiWizard::setFile(const QString &path)
{
    m_file = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    m_importError.clear();
    m_fileLabel->setText(m_file.isEmpty() ? tr("No file chosen") : QDir::toNativeSeparators(m_file));
    if (!m_file.isEmpty())
        m_fromFile->setChecked(true);
    updateState();
}

QStringList NewApiWizard::exampleLabels() const
{
    QStringList out;
    for (int i = 0; i < m_exampleBox->count(); ++i)
        out.append(m_exampleBox->itemText(i));
    return out;
}

bool NewApiWizard::selectExample(const QString &apiId)
{
    const int index = m_exampleBox->findData(apiId);
    if (index < 0)
        return false;
    m_exampleBox->setCurrentIndex(index);
    m_example->setChecked(true);
    return true;
}

QString NewApiWizard::statusText() const
{
    return m_status->text();
}

void NewApiWizard::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import OpenAPI Document"), m_file.isEmpty() ? QDir::homePath() : QFileInfo(m_file).absolutePath(),
        tr("OpenAPI and Swagger documents (*.yaml *.yml *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

QString NewApiWizard::effectiveId(const QString &fallback) const
{
    const QString typed = m_id->text().trimmed();
    if (!typed.isEmpty())
        return typed;
    if (!m_title->text().trimmed().isEmpty())
        return model::slugify(m_title->text());
    return fallback;
}

void NewApiWizard::updateState()
{
    const bool webSocket = protocol() == model::Protocol::WebSocket;
    m_fromFile->setEnabled(!webSocket);
    m_browse->setEnabled(!webSocket && !m_busy);
    if (webSocket && m_fromFile->isChecked())
        m_blank->setChecked(true);
    m_example->setEnabled(m_exampleBox->count() > 0);
    m_exampleBox->setEnabled(m_exampleBox->count() > 0 && !m_busy);
    if (!m_example->isEnabled() && m_example->isChecked())
        m_blank->setChecked(true);
    m_title->setEnabled(source() == Source::Blank);

    QString problem;
    const QString id = m_id->text().trimmed();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    if (!id.isEmpty() && !idPattern.match(id).hasMatch())
        problem = tr("The API id `%1` may contain only lower-case letters, digits and '-' (it is part of the invoke URL's "
                     "host name).")
                      .arg(id);
    else if (source() == Source::Blank && m_title->text().trimmed().isEmpty() && id.isEmpty())
        problem = tr("Enter a title for the new API.");
    else if (source() == Source::File && m_file.isEmpty())
        problem = tr("Choose the OpenAPI 3.0 or Swagger 2.0 document to import (JSON or YAML).");
    else if (source() == Source::Example && m_exampleBox->currentIndex() < 0)
        problem = tr("Choose an example.");
    QString note;
    if (problem.isEmpty() && !id.isEmpty() && m_project.api(id))
        note = tr("The project already has an API %1; the new one gets a free id beside it.").arg(id);
    if (!m_importError.isEmpty() && source() == Source::File)
        note = m_importError;
    if (m_busy)
        note = tr("Importing %1…").arg(QFileInfo(m_file).fileName());
    m_status->setText(problem.isEmpty() ? note : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !m_busy);
}

model::Api NewApiWizard::blankApi() const
{
    const QString title = m_title->text().trimmed().isEmpty() ? m_id->text().trimmed() : m_title->text().trimmed();
    model::Api api;
    api.protocol = protocol();
    api.id = effectiveId(model::slugify(title));
    doc::Node document = doc::Node::mapping();
    if (api.protocol == model::Protocol::WebSocket) {
        document.set(QStringLiteral("name"), doc::Node::string(title));
        document.set(QStringLiteral("routeSelectionExpression"), doc::Node::string(QStringLiteral("$request.body.action")));
        document.set(QStringLiteral("routes"), doc::Node::mapping());
    } else {
        document.set(QStringLiteral("openapi"), doc::Node::string(QStringLiteral("3.0.1")));
        doc::Node info = doc::Node::mapping();
        info.set(QStringLiteral("title"), doc::Node::string(title));
        info.set(QStringLiteral("version"), doc::Node::string(QStringLiteral("1.0")));
        document.set(QStringLiteral("info"), info);
        if (api.protocol == model::Protocol::Http)
            document.set(QStringLiteral("x-amazon-apigateway-importexport-version"), doc::Node::string(QStringLiteral("1.0")));
    }
    api.definition.document = document;
    model::Stage stage;
    if (api.protocol == model::Protocol::Http) {
        stage.name = QStringLiteral("$default");
        stage.autoDeploy = true;
    } else {
        // A first deployment, so the stage answers at once; later edits show as undeployed changes.
        model::Deployment deployment;
        deployment.id = io::newDeploymentId();
        deployment.createdDate = QDateTime::currentDateTimeUtc();
        deployment.description = tr("Created with the API");
        deployment.definition = api.definition;
        api.deployments.append(deployment);
        stage.name = QStringLiteral("dev");
        stage.deploymentId = deployment.id;
    }
    api.stages.append(stage);
    return api;
}

void NewApiWizard::accept()
{
    updateState();
    if (m_busy || !m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    switch (source()) {
    case Source::Blank:
        finish(blankApi(), {});
        return;
    case Source::Example: {
        const QString exampleId = m_exampleBox->currentData().toString();
        for (const Example &e : std::as_const(m_examples)) {
            if (e.api.id != exampleId || e.api.protocol != protocol())
                continue;
            model::Api api = e.api;
            api.id = effectiveId(api.id);
            // Only the functions the example's API calls come along.
            QList<model::Function> used;
            for (const model::Function &f : e.functions) {
                if (callsFunction(api, f.name))
                    used.append(f);
            }
            finish(api, used);
            return;
        }
        return;
    }
    case Source::File: {
        m_busy = true;
        updateState();
        const QString path = m_file;
        const model::Protocol chosen = protocol();
        const QString id = m_id->text().trimmed();
        auto *watcher = new QFutureWatcher<ImportResult>(this);
        connect(watcher, &QFutureWatcher<ImportResult>::finished, this, [this, watcher] {
            watcher->deleteLater();
            m_busy = false;
            const ImportResult result = watcher->result();
            m_importError = result.error;
            updateState();
            if (!result.api) {
                Q_EMIT importFailed(result.error);
                return;
            }
            finish(*result.api, {});
        });
        watcher->setFuture(QtConcurrent::run([path, chosen, id] { return importDocument(path, chosen, id); }));
        return;
    }
    }
}

void NewApiWizard::finish(model::Api api, const QList<model::Function> &functions)
{
    Q_EMIT apiReady(api, functions);
    QDialog::accept();
}

} // namespace gw::ui
