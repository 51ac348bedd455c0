//! Dates for people: `2024-02-07` reads as `7 February 2024`.

/// `2024-02-07` → `7 February 2024`; `None` for anything that is not such a date.
///
/// ```
/// assert_eq!(stancemap_core::dates::human_date("2024-02-07").as_deref(), Some("7 February 2024"));
/// assert_eq!(stancemap_core::dates::human_date("7 Feb"), None);
/// ```
pub fn human_date(iso: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let mut parts = iso.splitn(3, '-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let month = MONTHS.get(month.parse::<usize>().ok()?.checked_sub(1)?)?;
    let day: u32 = day.parse().ok()?;
    Some(format!("{day} {month} {year}"))
}

#[cfg(test)]
mod tests {
    use super::human_date;

    #[test]
    fn dates_read_naturally() {
        assert_eq!(human_date("2024-02-07").as_deref(), Some("7 February 2024"));
        assert_eq!(
            human_date("2024-12-31").as_deref(),
            Some("31 December 2024")
        );
        assert_eq!(human_date("2024-13-01"), None);
        assert_eq!(human_date("soon"), None);
    }
}
