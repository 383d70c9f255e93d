// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosave.h"

#include "projectdocument.h"

#include "doc/docio.h"
#include "io/projectfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

namespace gw::ui {

namespace {

constexpr int recoveryFormat = 1;
constexpr int defaultDelayMs = 2000;
const QLatin1StringView recoverySuffix(".recovery.json");

/// The stable part of a file's recovery copies' names: the first 16 hex digits of sha256(its absolute path).
QString keyFor(const QString &file)
{
    const QFileInfo info(file);
    QString absolute = info.canonicalFilePath();
    if (absolute.isEmpty())
        absolute = QDir::cleanPath(info.absoluteFilePath());
    return QString::fromLatin1(QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

/// Writes one recovery file atomically, readable by its owner only. Runs on the worker.
QString writeRecovery(const QString &path, const model::Project &project, const QJsonObject &meta)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot make the folder %1").arg(QDir::toNativeSeparators(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QJsonObject o = meta;
    o.insert(QStringLiteral("project"), QString::fromUtf8(io::serializeProject(project)));
    const QByteArray data = QJsonDocument(o).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    // flush() first: QSaveFile::commit() does not notice a buffered tail that failed to reach the disk.
    if (file.write(data) != data.size() || !file.flush()) {
        const QString error = QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return error;
    }
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

/// Reads one recovery file; nullopt with `error` when it is not a whole, valid recovery copy.
std::optional<RecoveryCopy> readRecovery(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!json.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
            ? QStringLiteral("not valid JSON at byte %1 (%2)").arg(parseError.offset).arg(parseError.errorString())
            : QStringLiteral("not a JSON object");
        return std::nullopt;
    }
    const QJsonObject o = json.object();
    if (o.value(u"gatehouseRecovery").toInt() != recoveryFormat) {
        *error = QStringLiteral("`gatehouseRecovery` must be %1").arg(recoveryFormat);
        return std::nullopt;
    }
    RecoveryCopy copy;
    copy.path = path;
    copy.originalPath = o.value(u"originalPath").toString();
    copy.openedFrom = o.value(u"openedFrom").toString();
    copy.projectFile = o.value(u"projectFile").toBool();
    copy.baseDir = o.value(u"baseDir").toString();
    copy.savedAt = QDateTime::fromString(o.value(u"savedAt").toString(), Qt::ISODateWithMs);
    if (copy.originalPath.isEmpty() || !copy.savedAt.isValid()) {
        *error = QStringLiteral("`originalPath` and `savedAt` are required");
        return std::nullopt;
    }
    const doc::ParseResult parsed = doc::parse(o.value(u"project").toString().toUtf8());
    if (!parsed.ok()) {
        *error = QStringLiteral("its project, line %1: %2").arg(parsed.error->line).arg(parsed.error->message);
        return std::nullopt;
    }
    if (!io::isProjectDocument(parsed.root)) {
        *error = QStringLiteral("it holds no project");
        return std::nullopt;
    }
    const io::ProjectLoad load = io::readProject(parsed.root, path);
    if (!load.project) {
        QString first;
        for (const io::Diagnostic &d : load.diagnostics) {
            if (d.severity == io::Diagnostic::Severity::Error) {
                first = d.format();
                break;
            }
        }
        *error = QStringLiteral("its project has errors: %1").arg(first);
        return std::nullopt;
    }
    copy.project = *load.project;
    copy.project.baseDir = copy.baseDir;
    return copy;
}

} // namespace

AutoSaver::AutoSaver(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(30'000);
    m_session = QStringLiteral("%1-%2")
                    .arg(QCoreApplication::applicationPid())
                    .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &AutoSaver::writeNow);
    connect(document, &ProjectDocument::changed, this, &AutoSaver::onChanged);
    // An edit announces changed() before the undo stack leaves the clean state, so dirtiness arrives on its own.
    connect(document, &ProjectDocument::dirtyChanged, this, [this](bool dirty) {
        if (dirty) {
            m_timer.start();
        } else {
            m_timer.stop();
            dropOwnCopy();
        }
    });
    // Opened another project, or saved under another name: the old file's copy goes (the document is clean then).
    connect(document, &ProjectDocument::filePathChanged, this, &AutoSaver::onFileChanged);
    connect(document, &ProjectDocument::opened, this, &AutoSaver::onFileChanged);
}

AutoSaver::~AutoSaver()
{
    m_pool.waitForDone();
}

QString AutoSaver::recoveryDir()
{
    const QString overridden = qEnvironmentVariable("GATEHOUSE_RECOVERY_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QString AutoSaver::currentPath() const
{
    if (!m_document->isOpen())
        return {};
    const QString file = m_document->hasProjectFile() ? m_document->filePath() : m_document->sourcePath();
    if (file.isEmpty())
        return {};
    return QDir(recoveryDir()).filePath(keyFor(file) + QLatin1Char('-') + m_session + recoverySuffix);
}

void AutoSaver::onChanged()
{
    if (m_document->isDirty())
        m_timer.start(); // restarts: about delay() after the last change
}

void AutoSaver::onFileChanged()
{
    if (!m_ownPath.isEmpty() && m_ownPath != currentPath()) {
        dropOwnCopy();
        if (m_document->isDirty())
            m_timer.start();
    }
}

void AutoSaver::dropOwnCopy()
{
    if (m_ownPath.isEmpty())
        return;
    const QString path = m_ownPath;
    m_ownPath.clear();
    m_pool.start([path] { QFile::remove(path); });
}

void AutoSaver::writeNow()
{
    m_timer.stop();
    if (!m_document->isOpen() || !m_document->isDirty())
        return;
    const QString path = currentPath();
    if (path.isEmpty())
        return;
    if (!m_ownPath.isEmpty() && m_ownPath != path)
        dropOwnCopy();
    m_ownPath = path;
    const model::Project project = m_document->project(); // a shallow, implicitly shared copy
    const QJsonObject meta {
        {QStringLiteral("gatehouseRecovery"), recoveryFormat},
        {QStringLiteral("originalPath"),
         m_document->hasProjectFile() ? m_document->filePath() : m_document->sourcePath()},
        {QStringLiteral("openedFrom"), m_document->sourcePath()},
        {QStringLiteral("projectFile"), m_document->hasProjectFile()},
        {QStringLiteral("baseDir"), project.baseDir},
        {QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
    };
    m_pool.start([this, path, project, meta] {
        const QString error = writeRecovery(path, project, meta);
        // Delivered on the GUI thread; the destructor waits for this task, so `this` is alive here.
        QMetaObject::invokeMethod(
            this,
            [this, path, error] {
                if (error.isEmpty())
                    Q_EMIT written(path);
                else
                    Q_EMIT writeFailed(error);
            },
            Qt::QueuedConnection);
    });
}

void AutoSaver::waitForIdle()
{
    m_pool.waitForDone();
}

void AutoSaver::discard()
{
    m_timer.stop();
    dropOwnCopy();
}

RecoveryScan AutoSaver::findRecoveryCopies(const QString &file) const
{
    RecoveryScan scan;
    if (file.isEmpty())
        return scan;
    const QDir dir(recoveryDir());
    const QString own = QFileInfo(currentPath()).fileName();
    const QStringList names = dir.entryList({keyFor(file) + QStringLiteral("-*") + recoverySuffix}, QDir::Files);
    for (const QString &name : names) {
        if (name == own)
            continue;
        const QString path = dir.filePath(name);
        QString error;
        std::optional<RecoveryCopy> copy = readRecovery(path, &error);
        if (copy) {
            scan.copies.append(std::move(*copy));
            continue;
        }
        // Kept for whoever wants to look at it, under a name that is not offered again.
        QString aside = path + QStringLiteral(".unreadable");
        for (int i = 2; QFileInfo::exists(aside); ++i)
            aside = path + QStringLiteral(".unreadable-%1").arg(i);
        const bool renamed = QFile::rename(path, aside);
        scan.unreadable.append(renamed ? QStringLiteral("%1: %2; kept as %3")
                                             .arg(QDir::toNativeSeparators(path), error, QDir::toNativeSeparators(aside))
                                       : QStringLiteral("%1: %2; it could not be renamed aside and stays where it is")
                                             .arg(QDir::toNativeSeparators(path), error));
    }
    std::sort(scan.copies.begin(), scan.copies.end(),
              [](const RecoveryCopy &a, const RecoveryCopy &b) { return a.savedAt > b.savedAt; });
    return scan;
}

bool AutoSaver::restore(const RecoveryCopy &copy, const QList<RecoveryCopy> &copies, QString *error)
{
    error->clear();
    if (!m_document->isOpen()) {
        *error = tr("No project is open.");
        return false;
    }
    const QString file = m_document->hasProjectFile() ? m_document->filePath() : m_document->sourcePath();
    if (keyFor(file) != keyFor(copy.originalPath)) {
        *error = tr("The recovery copy belongs to %1, not to %2.")
                     .arg(QDir::toNativeSeparators(copy.originalPath), QDir::toNativeSeparators(file));
        return false;
    }
    model::Project restored = copy.project;
    const model::Project &current = m_document->project();
    // Function code folders were relative to the folder the copy was taken in; the document's may have moved.
    if (!restored.baseDir.isEmpty() && QDir::cleanPath(restored.baseDir) != QDir::cleanPath(current.baseDir))
        io::rebaseProject(&restored, current.baseDir);
    restored.baseDir = current.baseDir;
    restored.identityFile = current.identityFile; // not saved in project files, so not in the copy either
    m_document->edit(tr("Restore unsaved changes from %1").arg(QLocale().toString(copy.savedAt.toLocalTime(), QLocale::ShortFormat)),
                     std::move(restored));
    writeNow(); // this session's copy first, then the old ones go: a crash in between still leaves one
    discardCopies(copies);
    return true;
}

void AutoSaver::discardCopies(const QList<RecoveryCopy> &copies)
{
    QStringList paths;
    for (const RecoveryCopy &c : copies)
        paths.append(c.path);
    m_pool.start([paths] {
        for (const QString &p : paths)
            QFile::remove(p);
    });
}

} // namespace gw::ui
