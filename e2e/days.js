// Dates as the browser tests type them into date inputs.

/** A local day `days` from today, as a date input takes it (YYYY-MM-DD). */
function dayFromToday(days) {
  const d = new Date();
  d.setDate(d.getDate() + days);
  const pad = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

module.exports = { dayFromToday };
