// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class CountyDatabase;
struct Account;
struct NewAccount;

// What opening and setting up a county needs from the areas above core/db: declared here, defined by
// those areas (accounts/SignIn.cpp, county/CountySetup.cpp), so that core/db includes none of their
// headers. The linker binds each call to its one definition, so no program can leave one out (a
// registry filled by static objects could be dropped from a static library unseen).
namespace CountyAreas {

// The account of nobody signed in, which a county acts as until SignIn says otherwise (accounts).
std::shared_ptr<const Account> nobody();
// A county opened for work: signed straight in when its only active account has no password
// (accounts, SignIn::openStraightIn).
void opened(CountyDatabase &db);
// Sets up an empty file: county division, code lists, poverty lines and the administrator, who then
// acts on it (county, CountySetup); administrator may be null.
Status setUp(CountyDatabase &db, const QString &countyCode, const QString &countyName, const NewAccount *administrator);
// Whether six digits name a region of China, as resident ID numbers check it (county, CountySetup).
bool isRegionCode(const QString &code);

} // namespace CountyAreas
