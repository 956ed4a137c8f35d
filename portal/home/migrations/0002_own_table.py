from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial"), ("core", "0013_home_page_moved")]

    operations = [migrations.AlterModelTable(name="homepage", table=None)]
