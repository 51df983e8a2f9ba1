-- A figure's series has the figure's kind, unit and place (no place: '(unspecified)').
SELECT f.figure_id, f.series_id
FROM figures AS f
JOIN series AS s ON s.series_id = f.series_id
WHERE s.kind <> f.kind OR s.unit <> f.unit OR s.place <> coalesce(f.location, '(unspecified)');
