// The German translation is built into the console and picked by the locale.
#include "app/Translations.h"
#include "support/TestMain.h"
#include "ui/TenantPagesWidget.h"
#include "ui/WelcomePage.h"

#include <QApplication>
#include <QLocale>
#include <QPushButton>

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void germanLocalePicksGermanText()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(ktc::app::installTranslations(*QCoreApplication::instance()));
        ktc::ui::WelcomePage page;
        auto* demo = page.findChild<QPushButton*>(QStringLiteral("demoButton"));
        QVERIFY(demo);
        QCOMPARE(demo->text(), QStringLiteral("Die Demo-Sandbox ausprobieren"));
        QCOMPARE(ktc::ui::TenantPagesWidget::pageTitle(ktc::ui::TenantPagesWidget::Roles), QStringLiteral("Rollen"));
    }

    void unknownLocaleKeepsEnglish()
    {
        QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
        QVERIFY(!ktc::app::installTranslations(*QCoreApplication::instance()));
    }
};

KTC_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
