// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{ }

void MainWindow::openInitialCounty(const QString &)
{ }
