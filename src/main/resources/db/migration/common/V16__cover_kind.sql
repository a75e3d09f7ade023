-- A video's poster frame is a full-size picture, not a 480 px thumbnail (issue 23): it is listed as what it
-- is, kind "cover" with the shape's format ("landscape-1920x1080"), where it was kind "thumbnail" with
-- format "landscape-1920x1080-poster-frame". The stored objects keep their keys.
update asset set kind = 'cover', format = substring(format, 1, char_length(format) - char_length('-poster-frame'))
where kind = 'thumbnail' and format like '%-poster-frame';
