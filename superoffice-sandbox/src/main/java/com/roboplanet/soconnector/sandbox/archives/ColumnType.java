package com.roboplanet.soconnector.sandbox.archives;

/** The archive column types that decide which filter operators apply. */
enum ColumnType {
    INT,
    DECIMAL,
    STRING,
    DATE,
    BOOL,
    /** A list id: filtered by raw id, shown as display text. */
    LIST,
    /** An associate id: filtered by raw id, shown as the associate's initials. */
    ASSOCIATE
}
