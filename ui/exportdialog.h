#pragma once

#include "export/exporter.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ExportDialog;
}

namespace peerscope {

// Which works to export, in which format, with which options, and where.
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Scope { All, Filtered, Selected };

    // The counts label the choices; excluded: works unchecked in the table,
    // which no scope exports.
    ExportDialog(int all, int filtered, int selected, int excluded, QWidget *parent = nullptr);
    ~ExportDialog() override;

    Scope scope() const;
    ExportOptions options() const;
    QString path() const;
    void setPath(const QString &path);
    void setFormat(ExportFormat format);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void formatChanged();
    void updateButtons();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    int m_all;
    int m_filtered;
    int m_selected;
    int m_excluded;
};

} // namespace peerscope
