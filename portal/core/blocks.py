"""StreamField blocks shared by articles and content pages: text, images, video, audio, files."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("ảnh"))
    caption = blocks.CharBlock(label=_("chú thích"), required=False)
    alt = blocks.CharBlock(
        label=_("mô tả ảnh cho người khiếm thị"),
        required=False,
        help_text=_("Để trống thì dùng chú thích hoặc tên ảnh."),
    )

    class Meta:
        icon = "image"
        label = _("Ảnh")
        template = "blocks/image.html"


class MediaFileBlock(blocks.StructBlock):
    """A video or audio file uploaded to the document library, played by the browser."""

    file = DocumentChooserBlock(label=_("tệp (MP4, MP3)"))
    caption = blocks.CharBlock(label=_("chú thích"), required=False)
    transcript = blocks.TextBlock(label=_("bản ghi lời (cho người khiếm thính)"), required=False)


class VideoBlock(MediaFileBlock):
    class Meta:
        icon = "media"
        label = _("Video (tệp)")
        template = "blocks/video.html"


class AudioBlock(MediaFileBlock):
    class Meta:
        icon = "media"
        label = _("Âm thanh (tệp)")
        template = "blocks/audio.html"


class EmbedVideoBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("đường dẫn video (YouTube…)"))
    caption = blocks.CharBlock(label=_("chú thích"), required=False)

    class Meta:
        icon = "media"
        label = _("Video nhúng")
        template = "blocks/embed.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("trích dẫn"))
    attribution = blocks.CharBlock(label=_("người nói / nguồn"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Trích dẫn")
        template = "blocks/quote.html"


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Đoạn văn"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "image"],
    )
    image = ImageBlock()
    video = VideoBlock()
    audio = AudioBlock()
    embed = EmbedVideoBlock()
    quote = QuoteBlock()
    document = DocumentChooserBlock(label=_("Tệp đính kèm"), template="blocks/document.html")
