// SPDX-License-Identifier: GPL-3.0-or-later
#include "functioneditor.h"

#include "editorsupport.h"
#include "formatting.h"
#include "keyvaluetable.h"
#include "projectdocument.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

/// Undo merge ids of the function editor's fields (the resource editors' range is 2000-2999).
enum MergeId {
    HandlerMerge = 2300,
    CodeMerge,
    EnvironmentMerge,
    MemoryMerge,
    TimeoutMerge,
};

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

void setStatus(QLabel *label, const QString &text, int status)
{
    label->setText(text);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, status ? Formatting::statusColor(status, label->parentWidget()->palette())
                                              : label->parentWidget()->palette().color(QPalette::WindowText));
    label->setPalette(pal);
}

} // namespace

QStringList FunctionEditor::runtimes()
{
    return {QStringLiteral("nodejs22.x"),  QStringLiteral("nodejs20.x"),      QStringLiteral("nodejs18.x"),
            QStringLiteral("python3.13"),  QStringLiteral("python3.12"),      QStringLiteral("python3.11"),
            QStringLiteral("python3.10"),  QStringLiteral("python3.9"),       QStringLiteral("provided.al2023"),
            QStringLiteral("provided.al2")};
}

QString FunctionEditor::handlerProblem(const QString &runtime, const QString &handler)
{
    model::Function::Kind kind = model::Function::Kind::Custom;
    model::parseFunctionKind(runtime, &kind);
    switch (kind) {
    case model::Function::Kind::NodeJs: {
        static const QRegularExpression node(QStringLiteral("^(?:[A-Za-z0-9_.-]+/)*[A-Za-z0-9_-][A-Za-z0-9_.-]*"
                                                            "\\.[A-Za-z_$][A-Za-z0-9_$]*$"));
        if (!node.match(handler).hasMatch())
            return tr("A Node.js handler is FILE.EXPORT: the file (without .js, .cjs or .mjs, may be in a subfolder) "
                      "and the exported function, e.g. index.handler.");
        return {};
    }
    case model::Function::Kind::Python: {
        static const QRegularExpression python(QStringLiteral("^(?:[A-Za-z0-9_-]+/)*[A-Za-z_][A-Za-z0-9_]*"
                                                              "(?:\\.[A-Za-z_][A-Za-z0-9_]*)*\\.[A-Za-z_][A-Za-z0-9_]*$"));
        if (!python.match(handler).hasMatch())
            return tr("A Python handler is MODULE.FUNCTION: the module (without .py; packages with dots) and the "
                      "function, e.g. app.lambda_handler.");
        return {};
    }
    case model::Function::Kind::Custom:
        if (handler.contains(QLatin1Char('\n')))
            return tr("A custom runtime's handler is one line.");
        return {};
    }
    return {};
}

FunctionEditor::FunctionEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_missing(new QLabel(this))
    , m_form(new QWidget)
    , m_runtime(new QComboBox(m_form))
    , m_handler(new QLineEdit(m_form))
    , m_handlerStatus(new QLabel(m_form))
    , m_code(new QLineEdit(m_form))
    , m_browse(new QPushButton(tr("&Browse…"), m_form))
    , m_codeStatus(new QLabel(m_form))
    , m_environment(new KeyValueTable(tr("Name"), tr("Value"), QRegularExpression(QStringLiteral("[A-Za-z][A-Za-z0-9_]*")),
                                      tr("a letter, then letters, digits and _"), QStringLiteral("VARIABLE_"), m_form))
    , m_memory(new QSpinBox(m_form))
    , m_timeout(new QSpinBox(m_form))
{
    setObjectName(QStringLiteral("FunctionEditor"));
    editing::layOutResourceEditor(this, m_title, m_missing, m_form);

    auto *layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *general = new QFormLayout;
    m_runtime->setAccessibleName(tr("Runtime"));
    m_runtime->setToolTip(tr("Node.js and Python handlers run in Gatehouse's bootstraps; a custom runtime runs the "
                             "code folder's own bootstrap executable"));
    for (const QString &runtime : runtimes())
        m_runtime->addItem(runtime, runtime);
    general->addRow(tr("&Runtime:"), m_runtime);
    m_handler->setAccessibleName(tr("Handler"));
    general->addRow(tr("&Handler:"), m_handler);
    m_handlerStatus->setWordWrap(true);
    m_handlerStatus->setAccessibleName(tr("Handler check"));
    general->addRow(QString(), m_handlerStatus);
    auto *codeRow = new QHBoxLayout;
    m_code->setAccessibleName(tr("Code folder"));
    m_code->setToolTip(tr("The folder with the function's code, relative to the project file's folder"));
    m_browse->setAccessibleName(tr("Choose the code folder"));
    codeRow->addWidget(m_code, 1);
    codeRow->addWidget(m_browse);
    auto *codeLabel = new QLabel(tr("&Code folder:"), m_form);
    codeLabel->setBuddy(m_code);
    general->addRow(codeLabel, codeRow);
    m_codeStatus->setWordWrap(true);
    m_codeStatus->setAccessibleName(tr("Code folder check"));
    m_codeStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    general->addRow(QString(), m_codeStatus);
    m_memory->setRange(128, 10'240);
    m_memory->setSingleStep(64);
    m_memory->setSuffix(tr(" MB"));
    m_memory->setAccessibleName(tr("Memory"));
    m_memory->setToolTip(tr("128 to 10,240 MB: reported in REPORT lines and priced by the cost model"));
    general->addRow(tr("&Memory:"), m_memory);
    m_timeout->setRange(1, 900);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout"));
    m_timeout->setToolTip(tr("1 to 900 seconds: the process is stopped past it"));
    general->addRow(tr("&Timeout:"), m_timeout);
    layout->addLayout(general);

    auto *envGroup = new QGroupBox(tr("Environment variables"), m_form);
    auto *envLayout = new QVBoxLayout(envGroup);
    m_environment->setAccessibleName(tr("Environment variables"));
    m_environment->table()->setAccessibleName(tr("Environment variables"));
    envLayout->addWidget(m_environment);
    layout->addWidget(envGroup, 1);

    connect(m_runtime, &QComboBox::activated, this, [this] {
        const QString runtime = m_runtime->currentData().toString();
        const model::Function *f = function();
        if (!f || f->runtime == runtime)
            return;
        // A handler of the other language would make the project unloadable: keep it only when it still fits.
        QString handler = f->handler;
        model::Function::Kind kind = model::Function::Kind::Custom;
        model::parseFunctionKind(runtime, &kind);
        if (kind == model::Function::Kind::Custom && f->kind() != model::Function::Kind::Custom)
            handler.clear();
        else if (!handlerProblem(runtime, handler).isEmpty() || handler.isEmpty())
            handler = kind == model::Function::Kind::Python ? QStringLiteral("app.lambda_handler")
                                                            : QStringLiteral("index.handler");
        apply(tr("Set runtime of function %1 to %2").arg(m_name, runtime), -1, [runtime, handler](model::Function &fn) {
            fn.runtime = runtime;
            fn.handler = handler;
        });
    });
    connect(m_handler, &QLineEdit::textEdited, this, &FunctionEditor::handlerEdited);
    connect(m_code, &QLineEdit::textEdited, this, [this](const QString &text) { setCodeFolder(text, CodeMerge); });
    connect(m_browse, &QPushButton::clicked, this, &FunctionEditor::browse);
    connect(m_environment, &KeyValueTable::edited, this, [this](const model::StringPairs &pairs, bool rowsChanged) {
        apply(tr("Edit environment of function %1").arg(m_name), rowsChanged ? -1 : EnvironmentMerge,
              [pairs](model::Function &fn) { fn.environment = pairs; });
    });
    connect(m_memory, &QSpinBox::valueChanged, this, [this](int mb) {
        apply(tr("Set memory of function %1").arg(m_name), MemoryMerge, [mb](model::Function &fn) { fn.memorySize = mb; });
    });
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int s) {
        apply(tr("Set timeout of function %1").arg(m_name), TimeoutMerge, [s](model::Function &fn) { fn.timeout = s; });
    });
    connect(m_document, &ProjectDocument::changed, this, &FunctionEditor::refresh);
    guardWheel(m_form);
}

void FunctionEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        if (const model::Function *f = function())
            updateStatus(*f); // the check colours follow the theme
    }
}

const model::Function *FunctionEditor::function() const
{
    return m_document->isOpen() ? m_document->project().function(m_name) : nullptr;
}

bool FunctionEditor::showKey(const QString &key)
{
    if (key.section(QLatin1Char(':'), 0, 0) != QLatin1String("function") || !m_document->isOpen())
        return false;
    const QString name = key.section(QLatin1Char(':'), 1);
    if (!m_document->project().function(name))
        return false;
    m_name = name;
    refresh();
    return true;
}

void FunctionEditor::apply(const QString &text, int mergeId, const std::function<void(model::Function &)> &change)
{
    if (!m_document->isOpen())
        return;
    model::Project after = m_document->project();
    for (model::Function &fn : after.functions) {
        if (fn.name != m_name)
            continue;
        const model::Function before = fn;
        change(fn);
        if (fn == before)
            return;
        m_document->edit(text, std::move(after), mergeId);
        return;
    }
}

void FunctionEditor::handlerEdited(const QString &text)
{
    const model::Function *f = function();
    if (!f)
        return;
    const QString handler = text.trimmed();
    QString problem = handlerProblem(f->runtime, handler);
    if (problem.isEmpty() && handler.isEmpty() && f->kind() != model::Function::Kind::Custom)
        problem = tr("A handler is required, e.g. index.handler.");
    if (!problem.isEmpty()) {
        setStatus(m_handlerStatus, problem, 500);
        return;
    }
    apply(tr("Set handler of function %1").arg(m_name), HandlerMerge, [handler](model::Function &fn) { fn.handler = handler; });
    updateStatus(*function());
}

void FunctionEditor::setCodeFolder(const QString &folder, int mergeId)
{
    const QString code = folder.trimmed();
    if (code.isEmpty()) {
        setStatus(m_codeStatus, tr("A function needs a code folder: the folder with its code."), 500);
        return;
    }
    apply(tr("Set code folder of function %1").arg(m_name), mergeId, [code](model::Function &fn) { fn.code = code; });
    if (const model::Function *f = function())
        updateStatus(*f);
}

void FunctionEditor::browse()
{
    const model::Function *f = function();
    if (!f)
        return;
    const model::Project &project = m_document->project();
    const QString start = QFileInfo::exists(project.codePath(*f)) ? project.codePath(*f) : project.baseDir;
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Code folder of %1").arg(m_name), start);
    if (chosen.isEmpty())
        return;
    const QString folder = project.baseDir.isEmpty() ? chosen : QDir(project.baseDir).relativeFilePath(chosen);
    setCodeFolder(folder, -1);
}

void FunctionEditor::updateStatus(const model::Function &f)
{
    const model::Project &project = m_document->project();
    const QString dir = project.codePath(f);
    const QFileInfo info(dir);
    if (!info.isDir()) {
        setStatus(m_codeStatus, tr("%1 is not a folder yet; create it or choose another.").arg(QDir::toNativeSeparators(dir)),
                  400);
    } else {
        setStatus(m_codeStatus, QDir::toNativeSeparators(info.absoluteFilePath()), 0);
    }

    const QString problem = handlerProblem(f.runtime, f.handler);
    if (!problem.isEmpty()) {
        setStatus(m_handlerStatus, problem, 500);
        return;
    }
    QStringList candidates;
    const QString base = f.handler.left(f.handler.lastIndexOf(QLatin1Char('.')));
    switch (f.kind()) {
    case model::Function::Kind::NodeJs:
        for (const char *ext : {".js", ".mjs", ".cjs"})
            candidates.append(base + QLatin1String(ext));
        break;
    case model::Function::Kind::Python:
        candidates.append(QString(base).replace(QLatin1Char('.'), QLatin1Char('/')) + QLatin1String(".py"));
        break;
    case model::Function::Kind::Custom:
        candidates.append(QStringLiteral("bootstrap"));
        break;
    }
    if (!info.isDir()) {
        setStatus(m_handlerStatus, {}, 0);
        return;
    }
    for (const QString &candidate : candidates) {
        if (QFileInfo::exists(QDir(dir).filePath(candidate))) {
            setStatus(m_handlerStatus, tr("✓ %1 in the code folder").arg(candidate), 200);
            return;
        }
    }
    setStatus(m_handlerStatus,
              f.kind() == model::Function::Kind::Custom
                  ? tr("The code folder has no bootstrap executable; a custom runtime needs one.")
                  : tr("The code folder has no %1; invocations will fail until it exists.")
                        .arg(candidates.join(tr(" or "))),
              400);
}

void FunctionEditor::refresh()
{
    const model::Function *f = function();
    if (!f) {
        m_form->setEnabled(false);
        m_missing->setText(m_name.isEmpty() ? tr("No function selected.")
                                            : tr("The function %1 no longer exists. Select another item in the explorer.")
                                                  .arg(m_name));
        m_missing->show();
        return;
    }
    m_missing->hide();
    m_form->setEnabled(true);
    m_title->setText(tr("Function %1").arg(f->name));
    {
        const QSignalBlocker blocker(m_runtime);
        int index = m_runtime->findData(f->runtime);
        if (index < 0) {
            m_runtime->addItem(f->runtime, f->runtime);
            index = m_runtime->count() - 1;
        }
        m_runtime->setCurrentIndex(index);
    }
    // While the field holds an invalid handler being typed, keep it (the model still has the last valid one).
    if (!(m_handler->hasFocus() && !handlerProblem(f->runtime, m_handler->text().trimmed()).isEmpty()))
        setText(m_handler, f->handler);
    m_handler->setPlaceholderText(f->kind() == model::Function::Kind::Custom ? QStringLiteral("bootstrap") : QString());
    if (!(m_code->hasFocus() && m_code->text().trimmed().isEmpty()))
        setText(m_code, f->code);
    m_environment->setPairs(f->environment);
    if (m_memory->value() != f->memorySize) {
        const QSignalBlocker blocker(m_memory);
        m_memory->setValue(f->memorySize);
    }
    if (m_timeout->value() != f->timeout) {
        const QSignalBlocker blocker(m_timeout);
        m_timeout->setValue(f->timeout);
    }
    updateStatus(*f);
}

} // namespace gw::ui
