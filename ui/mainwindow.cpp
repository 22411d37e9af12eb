#include "mainwindow.h"

#include "cache/cache.h"
#include "itemmodels/publicationfilterproxy.h"
#include "itemmodels/publicationtablemodel.h"
#include "profile/profile.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace peerscope {

MainWindow::MainWindow(Cache &cache, QWidget *parent)
    : QMainWindow(parent)
    , m_cache(cache)
    , m_model(new PublicationTableModel(this))
    , m_proxy(new PublicationFilterProxy(this))
{
    setWindowTitle(tr("Peerscope"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_name = new QLabel(central);
    m_name->setObjectName(QStringLiteral("profileName"));
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QLabel(central);
    m_details->setObjectName(QStringLiteral("profileDetails"));
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setOpenExternalLinks(true);
    m_metrics = new QLabel(central);
    m_metrics->setObjectName(QStringLiteral("profileMetrics"));

    m_proxy->setSourceModel(m_model);
    m_table = new QTableView(central);
    m_table->setObjectName(QStringLiteral("publicationsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(PublicationTableModel::Year, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(PublicationTableModel::Title, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Publications"));

    layout->addWidget(m_name);
    layout->addWidget(m_details);
    layout->addWidget(m_metrics);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    connect(m_model, &PublicationTableModel::exclusionChanged, this, &MainWindow::refreshHeader);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

bool MainWindow::openAuthor(const QString &authorId)
{
    if (!m_cache.authorSummary(authorId))
        return false;
    m_authorId = m_cache.resolveAlias(authorId);
    m_model->setExcluded({});
    m_model->setRows(PublicationTableModel::loadRows(m_cache, m_authorId));
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(PublicationTableModel::Title, QHeaderView::Stretch);
    refreshHeader();
    return true;
}

void MainWindow::refreshHeader()
{
    const Profile p = loadProfile(m_cache, m_authorId, QDate::currentDate().year(), m_model->excluded());
    if (!p.isValid()) {
        m_name->setText(tr("No author selected"));
        m_details->clear();
        m_metrics->clear();
        return;
    }
    setWindowTitle(tr("%1 — Peerscope").arg(p.author.name));
    m_name->setText(p.author.name);
    QStringList details;
    if (!p.institution.isEmpty())
        details << p.institution.toHtmlEscaped();
    details << QStringLiteral("<a href=\"https://openalex.org/%1\">%1</a>").arg(p.author.id);
    details << (p.author.orcid.isEmpty() ? tr("no ORCID")
                                         : QStringLiteral("ORCID <a href=\"https://orcid.org/%1\">%1</a>").arg(p.author.orcid));
    m_details->setText(details.join(QStringLiteral(" · ")));
    m_metrics->setText(tr("%1 works · %2 citations · h-index %3 · i10-index %4 · %5 co-authors")
                           .arg(p.metrics.papers).arg(p.metrics.citations).arg(p.metrics.h).arg(p.metrics.i10)
                           .arg(p.coauthors.size()));
}

} // namespace peerscope
