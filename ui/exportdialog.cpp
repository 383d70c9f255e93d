// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "formatting.h"
#include "noticebar.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscilexeryaml.h>
#include <Qsci/qsciscintilla.h>

namespace gw::ui {

namespace {

struct FormatChoice
{
    io::ExportFormat format;
    const char *label;
};
const FormatChoice formatChoices[] = {
    {io::ExportFormat::OpenApi30,
     QT_TRANSLATE_NOOP("gw::ui::ExportDialog", "OpenAPI 3.0 (x-amazon-apigateway-*)")},
    {io::ExportFormat::Swagger20,
     QT_TRANSLATE_NOOP("gw::ui::ExportDialog", "Swagger 2.0 (x-amazon-apigateway-*)")},
    {io::ExportFormat::Sam, QT_TRANSLATE_NOOP("gw::ui::ExportDialog", "AWS SAM template")},
    {io::ExportFormat::CloudFormation,
     QT_TRANSLATE_NOOP("gw::ui::ExportDialog", "AWS CloudFormation template")},
    {io::ExportFormat::Terraform, QT_TRANSLATE_NOOP("gw::ui::ExportDialog", "Terraform (HCL)")},
};

/// How long option changes settle before a generation starts (typing a path, scrolling a combo box).
constexpr int debounceMs = 120;

} // namespace

ExportDialog::ExportDialog(const model::Project &project, const QString &apiId, const QString &folder,
                           QWidget *parent)
    : QDialog(parent)
    , m_project(project)
    , m_preferredApi(apiId)
    , m_folder(folder.isEmpty() ? QDir::homePath() : folder)
    , m_api(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_syntaxGroup(new QButtonGroup(this))
    , m_yaml(new QRadioButton(tr("&YAML"), this))
    , m_json(new QRadioButton(tr("&JSON"), this))
    , m_destination(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_preview(new QsciScintilla(this))
    , m_yamlLexer(new QsciLexerYAML(this))
    , m_jsonLexer(new QsciLexerJSON(this))
    , m_warningsTitle(new QLabel(this))
    , m_parameters(new QLabel(this))
    , m_warnings(new QListWidget(this))
    , m_notice(new NoticeBar(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_debounce(new QTimer(this))
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("ExportDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Writes deployable configuration, as <code>gatehouse export</code> does. Values that "
                        "only work on this machine become parameters or variables; the warnings say "
                        "which, and what to pass."),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&API:"), m_api);
    auto *syntaxRow = new QHBoxLayout;
    syntaxRow->addWidget(m_yaml);
    syntaxRow->addWidget(m_json);
    syntaxRow->addStretch(1);
    m_syntaxGroup->addButton(m_yaml);
    m_syntaxGroup->addButton(m_json);
    m_yaml->setChecked(true);
    form->addRow(tr("Syntax:"), syntaxRow);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    auto *destinationLabel = new QLabel(tr("&Save to:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    layout->addLayout(form);

    layout->addWidget(m_notice);
    m_notice->hide();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    auto *previewBox = new QWidget(splitter);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->setSpacing(2);
    auto *previewHeader = new QHBoxLayout;
    previewHeader->addWidget(new QLabel(tr("<b>Preview</b>"), previewBox), 1);
    m_copyButton = new QPushButton(tr("Cop&y"), previewBox);
    m_copyButton->setToolTip(tr("Copy the preview to the clipboard"));
    previewHeader->addWidget(m_copyButton);
    previewLayout->addLayout(previewHeader);
    previewLayout->addWidget(m_preview, 1);
    auto *warningsBox = new QWidget(splitter);
    auto *warningsLayout = new QVBoxLayout(warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->setSpacing(2);
    warningsLayout->addWidget(m_warningsTitle);
    m_parameters->setWordWrap(true);
    m_parameters->setTextInteractionFlags(Qt::TextSelectableByMouse);
    warningsLayout->addWidget(m_parameters);
    warningsLayout->addWidget(m_warnings, 1);
    splitter->addWidget(previewBox);
    splitter->addWidget(warningsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    auto *bottom = new QHBoxLayout;
    m_progress->setRange(0, 0); // busy: the engine reports no steps
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(12);
    m_progress->setAccessibleName(tr("Generating the export"));
    bottom->addWidget(m_progress);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);

    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setDefault(true);

    m_preview->setReadOnly(true);
    m_preview->setUtf8(true);
    m_preview->setMarginType(0, QsciScintilla::NumberMargin);
    m_preview->setMarginLineNumbers(0, true);
    m_preview->setMarginWidth(1, 0);
    m_preview->setFolding(QsciScintilla::NoFoldStyle);
    m_preview->setCaretLineVisible(false);
    m_preview->setAnnotationDisplay(QsciScintilla::AnnotationHidden);
    m_preview->setAccessibleName(tr("Export preview"));
    m_warnings->setWordWrap(true);
    m_warnings->setIconSize(QSize(16, 16));
    m_warnings->setTextElideMode(Qt::ElideNone);
    m_warnings->setSpacing(3);
    m_warnings->setResizeMode(QListView::Adjust);
    m_warnings->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_warnings->setAccessibleName(tr("Export warnings"));
    m_api->setAccessibleName(tr("API"));
    m_format->setAccessibleName(tr("Format"));
    m_destination->setAccessibleName(tr("Destination file"));
    m_destination->setClearButtonEnabled(true);
    m_destination->setPlaceholderText(tr("the file to write"));
    m_json->setToolTip(tr("Terraform is always written as HCL"));

    for (const FormatChoice &f : formatChoices)
        m_format->addItem(tr(f.label), int(f.format));
    applyColours();

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);
    connect(m_debounce, &QTimer::timeout, this, [this] {
        if (m_thread)
            m_pending = true; // starts when the running one ends; that one's result is stale
        else
            startGeneration();
    });
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::onFormatChanged);
    connect(m_api, &QComboBox::currentIndexChanged, this, [this] {
        if (io::exportsOneApi(options().format) && !m_api->currentData().toString().isEmpty())
            m_preferredApi = m_api->currentData().toString();
        updateSuggestedPath();
        scheduleGeneration();
    });
    connect(m_syntaxGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (!checked)
            return;
        updateSuggestedPath();
        scheduleGeneration();
    });
    // SAM's CodeUri is relative to the destination's folder.
    connect(m_destination, &QLineEdit::textChanged, this, &ExportDialog::scheduleGeneration);
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        if (m_resultValid && m_result.ok())
            QApplication::clipboard()->setText(QString::fromUtf8(m_result.text));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportDialog::exportNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    onFormatChanged();
    resize(QSize(1100, 720));
}

ExportDialog::~ExportDialog()
{
    if (m_thread) {
        // Its result is not wanted any more; it only touches its own copies, so waiting is all there is to
        // do.
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

io::ExportOptions ExportDialog::options() const
{
    io::ExportOptions o;
    o.format = io::ExportFormat(m_format->currentData().toInt());
    o.syntax = m_json->isChecked() && io::exportHasSyntax(o.format) ? doc::Syntax::Json : doc::Syntax::Yaml;
    if (io::exportsOneApi(o.format))
        o.apiId = m_api->currentData().toString();
    const QString path = destination();
    o.outputDir = path.isEmpty() ? m_folder : QFileInfo(path).absolutePath();
    return o;
}

QString ExportDialog::destination() const
{
    const QString text = m_destination->text().trimmed();
    if (text.isEmpty())
        return {};
    return QDir::cleanPath(QDir(m_folder).absoluteFilePath(QDir::fromNativeSeparators(text)));
}

void ExportDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::setFormat(io::ExportFormat format)
{
    m_format->setCurrentIndex(m_format->findData(int(format)));
}

void ExportDialog::setSyntax(doc::Syntax syntax)
{
    (syntax == doc::Syntax::Json ? m_json : m_yaml)->setChecked(true);
}

void ExportDialog::onFormatChanged()
{
    const io::ExportFormat format = io::ExportFormat(m_format->currentData().toInt());
    const bool hasSyntax = io::exportHasSyntax(format);
    m_yaml->setEnabled(hasSyntax);
    m_json->setEnabled(hasSyntax);
    fillApis();
    updateSuggestedPath();
    scheduleGeneration();
}

void ExportDialog::fillApis()
{
    const QSignalBlocker block(m_api);
    m_api->clear();
    if (!io::exportsOneApi(io::ExportFormat(m_format->currentData().toInt()))) {
        // As `gatehouse export`: the templates hold every API, stage, usage plan, key and function.
        m_api->addItem(tr("All APIs of the project (%n)", nullptr, int(m_project.apis.size())), QString());
        m_api->setEnabled(false);
        m_api->setToolTip(tr("A template holds the whole project: every API, stage, usage plan, API key and "
                             "function"));
        return;
    }
    m_api->setEnabled(true);
    m_api->setToolTip({});
    int selected = 0;
    for (const model::Api &api : std::as_const(m_project.apis)) {
        const QString title = api.definition.title();
        m_api->addItem(
            QStringLiteral("%1 (%2) · %3")
                .arg(title.isEmpty() ? api.id : title, api.id, Formatting::protocolLabel(api.protocol)),
            api.id);
        if (api.id == m_preferredApi)
            selected = m_api->count() - 1;
    }
    m_api->setCurrentIndex(m_api->count() > 0 ? selected : -1);
}

QString ExportDialog::suggestedFileName() const
{
    const io::ExportOptions o = options();
    QString base;
    if (io::exportsOneApi(o.format))
        base = o.apiId;
    if (base.isEmpty())
        base = model::slugify(m_project.name);
    if (base.isEmpty())
        base = QStringLiteral("gatehouse");
    if (o.format == io::ExportFormat::Terraform)
        return base + QStringLiteral(".tf");
    return QStringLiteral("%1.%2.%3")
        .arg(base, io::exportFormatName(o.format),
             o.syntax == doc::Syntax::Json ? QStringLiteral("json") : QStringLiteral("yaml"));
}

void ExportDialog::updateSuggestedPath()
{
    const QString name = suggestedFileName();
    const QString current = destination();
    // Keep a name the user chose; follow the options while the name is the one suggested.
    if (current.isEmpty())
        setDestination(QDir(m_folder).filePath(name));
    else if (!m_suggestedName.isEmpty() && QFileInfo(current).fileName() == m_suggestedName)
        setDestination(QFileInfo(current).dir().filePath(name));
    m_suggestedName = name;
}

void ExportDialog::browse()
{
    const QString suggested
        = destination().isEmpty() ? QDir(m_folder).filePath(suggestedFileName()) : destination();
    const io::ExportFormat format = options().format;
    QString filter;
    if (format == io::ExportFormat::Terraform)
        filter = tr("Terraform files (*.tf);;All files (*)");
    else
        filter = tr("YAML files (*.yaml *.yml);;JSON files (*.json);;All files (*)");
    const QString chosen = m_chooser ? m_chooser(suggested)
                                     : QFileDialog::getSaveFileName(this, tr("Export To"), suggested, filter);
    if (chosen.isEmpty())
        return;
    setDestination(chosen);
    // A name typed into the file dialog is the user's; ".json" there asks for JSON, as `-o OUT.json` does.
    if (io::exportHasSyntax(format))
        setSyntax(io::defaultExportSyntax(chosen));
    m_suggestedName.clear();
}

void ExportDialog::scheduleGeneration()
{
    ++m_generation;
    m_resultValid = false;
    m_notice->hide();
    m_debounce->start();
    m_progress->show();
    m_status->setText(tr("Generating the export…"));
    updateButtons();
}

void ExportDialog::startGeneration()
{
    m_pending = false;
    const quint64 generation = m_generation;
    auto outcome = std::make_shared<io::ExportResult>();
    // A copy of the snapshot: its lists are shared with this thread, which Qt's implicit sharing makes safe.
    m_thread = QThread::create([outcome, project = m_project, options = options()] {
        *outcome = io::exportProject(project, options);
    });
    m_thread->setObjectName(QStringLiteral("gatehouse-export"));
    connect(m_thread, &QThread::finished, this, [this, outcome, generation] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (generation == m_generation)
            showResult(*outcome);
        // else: superseded; the newer options are pending or waiting for the debounce timer.
        if (m_pending)
            startGeneration();
    });
    m_thread->start();
}

void ExportDialog::showResult(const io::ExportResult &result)
{
    m_result = result;
    m_resultValid = true;
    m_progress->hide();
    const io::ExportOptions o = options();
    QsciLexer *lexer = nullptr;
    if (io::exportHasSyntax(o.format))
        lexer = o.syntax == doc::Syntax::Json ? m_jsonLexer : m_yamlLexer;
    m_preview->setLexer(lexer);
    if (!lexer)
        applyColours();
    if (result.ok()) {
        m_preview->setText(QString::fromUtf8(result.text));
        const int lines = int(result.text.count('\n'));
        m_status->setText(tr("%1 · %n line(s) · %2", nullptr, lines)
                              .arg(io::exportFormatName(o.format), Formatting::byteSize(result.text.size())));
    } else {
        m_preview->clear();
        m_status->setText(tr("Nothing to export with these options."));
        m_notice->showNotice(tr("Cannot export: %1.").arg(result.error.toHtmlEscaped()),
                             NoticeBar::Kind::Warning);
    }

    m_warnings->clear();
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString &w : result.warnings) {
        auto *item = new QListWidgetItem(warningIcon, w, m_warnings);
        item->setToolTip(w);
    }
    m_warningsTitle->setText(result.warnings.isEmpty()
                                 ? tr("<b>Warnings</b> — none")
                                 : tr("<b>Warnings (%1)</b>").arg(result.warnings.size()));
    QStringList names;
    for (const io::ExportParameter &p : result.parameters)
        names.append(QStringLiteral("<code>%1</code>").arg(p.name.toHtmlEscaped()));
    const QString kind = o.format == io::ExportFormat::Terraform ? tr("Variables") : tr("Parameters");
    m_parameters->setText(
        names.isEmpty() ? QString()
                        : tr("%1 to pass when you deploy: %2").arg(kind, names.join(QLatin1String(", "))));
    m_parameters->setVisible(!names.isEmpty());
    updateButtons();
    Q_EMIT previewReady();
}

void ExportDialog::updateButtons()
{
    const bool ready = m_resultValid && m_result.ok();
    m_exportButton->setEnabled(ready && !destination().isEmpty());
    m_copyButton->setEnabled(ready);
}

bool ExportDialog::exportNow()
{
    if (!m_resultValid || !m_result.ok())
        return false;
    const QString path = destination();
    if (path.isEmpty())
        return false;
    QString error;
    if (!io::writeExportFile(path, m_result.text, &error)) {
        m_notice->showNotice(
            tr("Could not write <b>%1</b>: %2. Nothing was written; choose another folder or free "
               "some space.")
                .arg(QDir::toNativeSeparators(path).toHtmlEscaped(), error.toHtmlEscaped()),
            NoticeBar::Kind::Warning);
        return false;
    }
    Q_EMIT exported(path, int(m_result.warnings.size()));
    accept();
    return true;
}

void ExportDialog::applyColours()
{
    const QPalette pal = palette();
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const bool dark = pal.color(QPalette::Base).lightnessF() < 0.5;
    const QColor key = dark ? QColor(0x93, 0xc5, 0xfd) : QColor(0x1d, 0x4e, 0xd8);
    const QColor string = dark ? QColor(0x86, 0xef, 0xac) : QColor(0x15, 0x80, 0x3d);
    const QColor number = dark ? QColor(0xfd, 0xba, 0x74) : QColor(0xb4, 0x53, 0x09);
    const QColor keyword = dark ? QColor(0xd8, 0xb4, 0xfe) : QColor(0x7e, 0x22, 0xce);
    const QColor comment = pal.color(QPalette::PlaceholderText);
    for (QsciLexer *lexer : {m_yamlLexer, m_jsonLexer}) {
        lexer->setDefaultPaper(pal.color(QPalette::Base));
        lexer->setDefaultColor(pal.color(QPalette::Text));
        lexer->setDefaultFont(mono);
        lexer->setPaper(pal.color(QPalette::Base), -1);
        lexer->setFont(mono, -1);
        lexer->setColor(pal.color(QPalette::Text), -1);
    }
    m_jsonLexer->setColor(key, QsciLexerJSON::Property);
    m_jsonLexer->setColor(string, QsciLexerJSON::String);
    m_jsonLexer->setColor(number, QsciLexerJSON::Number);
    m_jsonLexer->setColor(keyword, QsciLexerJSON::Keyword);
    m_yamlLexer->setColor(key, QsciLexerYAML::Identifier);
    m_yamlLexer->setColor(number, QsciLexerYAML::Number);
    m_yamlLexer->setColor(keyword, QsciLexerYAML::Keyword);
    m_yamlLexer->setColor(comment, QsciLexerYAML::Comment);
    m_yamlLexer->setColor(keyword, QsciLexerYAML::Reference);
    m_preview->setPaper(pal.color(QPalette::Base));
    m_preview->setColor(pal.color(QPalette::Text));
    m_preview->setFont(mono);
    m_preview->setMarginsFont(mono);
    m_preview->setMarginsBackgroundColor(pal.color(QPalette::AlternateBase));
    m_preview->setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    m_preview->setMarginWidth(0, QStringLiteral("00000"));
    m_preview->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    m_preview->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
        if (!m_preview->lexer())
            m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    QDialog::changeEvent(event);
}

} // namespace gw::ui
