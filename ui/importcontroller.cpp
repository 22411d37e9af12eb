#include "importcontroller.h"

#include "cache/cache.h"
#include "cache/importjob.h"

#include <QAction>
#include <QElapsedTimer>
#include <QEvent>
#include <QIcon>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent>


namespace peerscope {

namespace {

// Files and errors listed in the summary's details; the rest are counted.
constexpr int kListedProblems = 50;

} // namespace

ImportController::ImportController(Cache &cache, QWidget *window)
    : QObject(window)
    , m_cache(cache)
    , m_window(window)
{
    setObjectName(QStringLiteral("importController"));
    connect(&m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportController::onFinished);
    m_filesAction = new QAction(this);
    m_filesAction->setObjectName(QStringLiteral("importAction"));
    m_filesAction->setIcon(QIcon::fromTheme(QStringLiteral("document-import")));
    connect(m_filesAction, &QAction::triggered, this, &ImportController::chooseFiles);
    m_folderAction = new QAction(this);
    m_folderAction->setObjectName(QStringLiteral("importFolderAction"));
    connect(m_folderAction, &QAction::triggered, this, &ImportController::chooseFolder);
    retranslate();
    if (window)
        window->installEventFilter(this);
}

bool ImportController::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ImportController::retranslate()
{
    m_filesAction->setText(tr("Import…"));
    m_filesAction->setToolTip(tr("Load OpenAlex records from files: JSON, JSON Lines, or the snapshot's gzip parts"));
    m_folderAction->setText(tr("Import folder…"));
    m_folderAction->setToolTip(tr("Load every OpenAlex data file in a folder and its subfolders (the snapshot's layout)"));
}

ImportController::~ImportController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

QStringList ImportController::localPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && QFileInfo::exists(url.toLocalFile()))
            paths << url.toLocalFile();
    }
    return paths;
}

void ImportController::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        m_window, tr("Import OpenAlex data"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("OpenAlex data (*.json *.jsonl *.ndjson *.gz);;All files (*)"));
    if (!files.isEmpty())
        importPaths(files);
}

void ImportController::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Import a folder of OpenAlex data"),
                                                             QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!folder.isEmpty())
        importPaths({folder});
}

bool ImportController::importPaths(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    if (isBusy()) {
        tell(tr("An import is running. Wait for it to finish, or cancel it, then import again."));
        return false;
    }
    if (!m_cache.isSharedFile()) {
        tell(tr("This cache is held in memory only, so it cannot be written from the background. "
                "Start Peerscope with a cache file to import."));
        return false;
    }
    if (m_summary)
        m_summary->close();

    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_dialog = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 1000, m_window);
    m_dialog->setObjectName(QStringLiteral("importProgressDialog"));
    m_dialog->setWindowTitle(tr("Import"));
    m_dialog->setWindowModality(Qt::NonModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(400);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &ImportController::cancel);

    // The worker reports often; the window hears at most every tenth of a
    // second, and always at the end of a file.
    auto cancelFlag = m_cancel;
    QPointer<ImportController> self(this);
    auto progress = [self, clock = std::make_shared<QElapsedTimer>(), lastFile = std::make_shared<int>(-1)](const ImportProgress &p) {
        if (clock->isValid() && clock->elapsed() < 100 && p.filesDone == *lastFile)
            return;
        clock->start();
        *lastFile = p.filesDone;
        QMetaObject::invokeMethod(self.data(), [self, p] {
            if (self)
                self->onProgress(p);
        }, Qt::QueuedConnection);
    };
    const QString cachePath = m_cache.path();
    m_watcher.setFuture(QtConcurrent::run([cachePath, paths, progress, cancelFlag] {
        return importOnWorker(cachePath, paths, progress, [cancelFlag] { return cancelFlag->load(); });
    }));
    emit started(paths);
    return true;
}

void ImportController::tell(const QString &text)
{
    // Opened, not exec()ed: no nested event loop under a drop or a menu.
    auto *box = new QMessageBox(QMessageBox::Information, tr("Import"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importNoticeBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    if (m_dialog)
        m_dialog->setLabelText(tr("Stopping after the records being written…"));
}

void ImportController::onProgress(const ImportProgress &p)
{
    if (m_dialog && !(m_cancel && m_cancel->load())) {
        if (p.bytesTotal > 0)
            m_dialog->setValue(int(qMin<qint64>(999, p.bytesRead * 1000 / p.bytesTotal)));
        m_dialog->setLabelText(tr("Importing %1 (file %2 of %3)\n%n record(s) stored", nullptr, int(p.entities))
                                   .arg(QFileInfo(p.file).fileName())
                                   .arg(qMin(p.filesDone + 1, p.filesTotal))
                                   .arg(p.filesTotal));
    }
    emit progress(p);
}

QString ImportController::summary(const ImportReport &r)
{
    QStringList parts;
    parts << tr("Imported %n file(s): ", nullptr, r.files)
                 + tr("%1 works, %2 authors, %3 institutions, %4 sources, %5 topics.")
                       .arg(r.works).arg(r.authors).arg(r.institutions).arg(r.sources).arg(r.topics);
    if (r.cancelled)
        parts << tr("The import was cancelled; what was written before is kept.");
    if (r.withoutId > 0)
        parts << tr("%n record(s) without an OpenAlex id skipped.", nullptr, r.withoutId);
    if (r.unreadableRecords > 0)
        parts << tr("%n unreadable record(s) skipped.", nullptr, r.unreadableRecords);
    if (r.nonEntityBodies > 0)
        parts << tr("%n file(s) held no OpenAlex records (group_by or error answers, empty lists).", nullptr, r.nonEntityBodies);
    if (r.rejected > 0)
        parts << tr("%n record(s) the cache refused.", nullptr, r.rejected);
    if (r.cacheFailed)
        parts << tr("Writing to the cache failed: check free disk space and that the cache file is writable, then import again.");
    else if (!r.ok())
        parts << tr("Some input could not be imported; see the details. Everything else is in the cache.");
    return parts.join(u'\n');
}

void ImportController::onFinished()
{
    const ImportReport report = m_watcher.result();
    if (m_dialog) {
        m_dialog->close();
        m_dialog->deleteLater();
    }
    m_cancel.reset();
    showSummary(report);
    emit finished(report);
}

void ImportController::showSummary(const ImportReport &report)
{
    const bool problems = !report.ok() || report.cacheFailed;
    auto *box = new QMessageBox(problems ? QMessageBox::Warning : QMessageBox::Information, tr("Import"), summary(report),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("importSummaryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QStringList details = report.errors.mid(0, kListedProblems);
    if (report.errors.size() > kListedProblems)
        details << tr("… and %n more.", nullptr, int(report.errors.size() - kListedProblems));
    details << report.notices.mid(0, kListedProblems);
    if (!details.isEmpty())
        box->setDetailedText(details.join(u'\n'));
    m_summary = box;
    box->open();
}

} // namespace peerscope
