package com.roboplanet.soconnector.adapters.html;

/** The page's style sheet, inline: system fonts only, a readable column at 1280 px, and a print layout for A4. */
final class Style {
    private Style() {}

    static final String CSS = """
            :root { --ink: #1d2430; --muted: #5b6573; --line: #d8dde4; --panel: #f5f7fa; --accent: #0072B2; }
            * { box-sizing: border-box; }
            body { margin: 0; color: var(--ink); background: #fff;
              font: 15px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
            main { max-width: 1120px; margin: 0 auto; padding: 28px 32px 40px; }
            h1 { font-size: 28px; margin: 0 0 4px; }
            h2 { font-size: 19px; margin: 0 0 12px; }
            header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 20px; }
            .meta { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
            .query { font-family: ui-monospace, "DejaVu Sans Mono", Consolas, monospace; font-size: 13px; color: var(--ink); }
            section { margin: 0 0 28px; }
            .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 12px; }
            .figure { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
            .figure .value { font-size: 26px; font-weight: 600; font-variant-numeric: tabular-nums; }
            .figure .label { color: var(--muted); }
            .figure .note { color: var(--muted); font-size: 12px; }
            .warning, .diagnosis { border-left: 5px solid #D55E00; background: #fff4ec; padding: 12px 16px; border-radius: 4px; }
            .diagnosis { border-left-color: #E69F00; background: #fff9ea; }
            .warning h2, .diagnosis h2 { margin-bottom: 6px; }
            .diagnosis ul { margin: 6px 0 0; padding-left: 20px; }
            svg.plot { display: block; width: 100%; height: auto; font-size: 13px; }
            svg .label { fill: var(--ink); font-size: 14px; }
            svg .value { fill: var(--ink); font-size: 13px; font-weight: 600; }
            svg .tick { fill: var(--muted); font-size: 12px; }
            svg .year { font-weight: 600; }
            svg .total { fill: var(--ink); font-size: 12px; font-weight: 600; }
            svg .grid { stroke: var(--line); stroke-width: 1; }
            svg .axis { stroke: #8c95a1; stroke-width: 1; }
            .legend { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
            .legend li { display: inline-flex; align-items: center; gap: 6px; }
            .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table { width: 100%; border-collapse: collapse; }
            th, td { padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; text-align: left; }
            th { background: var(--panel); font-weight: 600; }
            td { overflow-wrap: anywhere; }
            .inline-bar { display: inline-block; height: 10px; background: var(--accent); opacity: .35; margin-right: 8px;
              max-width: 90px; vertical-align: middle; }
            .customers td.num:nth-child(5) { min-width: 170px; }
            .word { font-weight: 600; }
            .example { margin: 0 0 2px; }
            .example .sale { color: var(--muted); white-space: nowrap; }
            .explain, .more, .note, .empty { color: var(--muted); margin: 6px 0 0; }
            footer { color: var(--muted); font-size: 13px; border-top: 1px solid var(--line); padding-top: 10px; }
            @media (max-width: 760px) { .figures { grid-template-columns: repeat(2, 1fr); } main { padding: 16px; } }
            @page { size: A4 portrait; margin: 12mm; }
            @media print {
              body { font-size: 9.5pt; }
              main { max-width: none; padding: 0; }
              h1 { font-size: 18pt; }
              h2 { font-size: 12pt; break-after: avoid; page-break-after: avoid; }
              .explain { break-after: avoid; page-break-after: avoid; }
              .figures { grid-template-columns: repeat(4, 1fr); gap: 6px; }
              .figure { padding: 6px 8px; }
              .figure .value { font-size: 15pt; }
              section { break-inside: avoid; page-break-inside: avoid; margin-bottom: 14px; }
              .words, .customers { break-inside: auto; page-break-inside: auto; }
              tr { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              th { background: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;
}
