-- Names and titles in linguistic order is a PostgreSQL migration (ICU collations). SQLite has no
-- ICU collation built in (ICU is a loadable extension the app does not ship): there,
-- text sorts by code point (README, "Sorting names"). Nothing to change here.
SELECT 1;
