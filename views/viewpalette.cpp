#include "viewpalette.h"

namespace peerscope::views {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QList<QColor> categoricalColors(const QPalette &palette)
{
    // Okabe–Ito, colour-blind safe; lightened on dark backgrounds.
    static const QList<QColor> base{QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73),
                                    QColor(0xD5, 0x5E, 0x00), QColor(0xCC, 0x79, 0xA7), QColor(0x56, 0xB4, 0xE9),
                                    QColor(0xF0, 0xE4, 0x42), QColor(0x99, 0x99, 0x99)};
    if (!isDark(palette))
        return base;
    QList<QColor> light;
    for (const QColor &c : base)
        light << c.lighter(130);
    return light;
}

} // namespace peerscope::views
