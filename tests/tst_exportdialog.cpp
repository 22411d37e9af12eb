// Exporting from the window: the whole list, the current filter or the
// selected rows, in the chosen format, never the unchecked works.

#include "cache/cache.h"
#include "cache/importer.h"
#include "exportdialog.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"
#include "mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace peerscope;

class tst_ExportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Cache m_cache;

    static int bibEntries(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return int(QString::fromUtf8(f.readAll()).count(QRegularExpression(QStringLiteral("^@\\w+\\{"), QRegularExpression::MultilineOption)));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(m_cache.open(m_dir.filePath(QStringLiteral("cache.db"))), Cache::OpenStatus::Ok);
        QVERIFY(Importer(m_cache).importDemo().ok());
    }

    void dialog_offersScopesFormatsAndOptions()
    {
        ExportDialog d(9, 4, 0, 1);
        QVERIFY(d.findChild<QRadioButton *>(QStringLiteral("scopeAll"))->text().contains(QLatin1String("9")));
        QVERIFY(d.findChild<QRadioButton *>(QStringLiteral("scopeFiltered"))->isChecked());
        QVERIFY(!d.findChild<QRadioButton *>(QStringLiteral("scopeSelected"))->isEnabled());
        auto *format = d.findChild<QComboBox *>(QStringLiteral("format"));
        QCOMPARE(format->count(), 7);
        auto *save = d.findChild<QDialogButtonBox *>(QStringLiteral("buttons"))->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled()); // no file yet
        d.setPath(m_dir.filePath(QStringLiteral("list.bib")));
        QVERIFY(save->isEnabled());
        d.setFormat(ExportFormat::Csv);
        QCOMPARE(d.path(), m_dir.filePath(QStringLiteral("list.csv"))); // the suffix follows the format
        QVERIFY(d.findChild<QCheckBox *>(QStringLiteral("bom"))->isEnabled());
        QVERIFY(!d.findChild<QCheckBox *>(QStringLiteral("ascii"))->isEnabled());
        d.findChild<QCheckBox *>(QStringLiteral("bom"))->setChecked(true);
        QCOMPARE(d.options().format, ExportFormat::Csv);
        QVERIFY(d.options().csvBom);
    }

    void window_exportsEachScopeWithoutUncheckedWorks()
    {
        MainWindow w(m_cache);
        w.show();
        QSignalSpy loaded(&w, &MainWindow::authorLoaded);
        QVERIFY(w.openAuthor(Importer::demoAuthorId()));
        QVERIFY(loaded.size() > 0 || loaded.wait(10000));
        ExportOptions bib;
        bib.format = ExportFormat::BibTeX;

        const QString all = m_dir.filePath(QStringLiteral("all.bib"));
        QVERIFY(w.exportWorks(ExportDialog::Scope::All, bib, all).result().ok);
        QCOMPARE(bibEntries(all), 9);

        // Uncheck one work: no scope exports it.
        PublicationTableModel *model = w.publicationModel();
        QVERIFY(model->setData(model->index(0, PublicationTableModel::Included), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(w.exportWorks(ExportDialog::Scope::All, bib, all).result().ok);
        QCOMPARE(bibEntries(all), 8);
        QVERIFY(model->setData(model->index(0, PublicationTableModel::Included), Qt::Checked, Qt::CheckStateRole));

        w.publicationProxy()->setYearRange(2014, 2014);
        const QString filtered = m_dir.filePath(QStringLiteral("filtered.bib"));
        QVERIFY(w.exportWorks(ExportDialog::Scope::Filtered, bib, filtered).result().ok);
        QCOMPARE(bibEntries(filtered), 3);

        auto *table = w.findChild<QTableView *>(QStringLiteral("publicationsTable"));
        table->selectionModel()->select(w.publicationProxy()->index(0, 0),
                                        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        const QString selected = m_dir.filePath(QStringLiteral("selected.ris"));
        ExportOptions ris;
        ris.format = ExportFormat::Ris;
        QVERIFY(w.exportWorks(ExportDialog::Scope::Selected, ris, selected).result().ok);
        QFile f(selected);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(f.readAll()).count(QStringLiteral("ER  - ")), 1);
    }
};

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
