//! QR codes as SVG (activation cards, TOTP enrolment), rendered by the `qrcode` crate.

use qrcode::QrCode;
use qrcode::render::svg;

use crate::error::ApiError;

pub fn svg(data: &str) -> Result<String, ApiError> {
    let code = QrCode::new(data.as_bytes())
        .map_err(|e| ApiError::Internal(format!("QR encoding: {e}")))?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    #[test]
    fn renders_an_svg_document() {
        let svg = super::svg("https://wegwijs.example/activate#code=ABCD-EFGH-JKMN").unwrap();
        assert!(svg.contains("<svg"), "{svg}");
        assert!(!svg.contains("<script"));
        // Inserted with inner_html under a CSP without 'unsafe-inline' styles: attributes only.
        assert!(!svg.contains("style="), "{svg}");
    }
}
