namespace VanKien.Model;

/// <summary>
/// One method per kind of block: the one walk of the body that every view implements. Adding a
/// kind of block adds a method here, so each view must say what it does with it (CS0535 until then).
/// </summary>
public interface IBlockVisitor<out T>
{
    T Heading(Heading heading);

    T Paragraph(Paragraph paragraph);

    T BulletList(BulletList list);

    T NumberedList(NumberedList list);

    T Table(Table table);

    T TargetsPlaceholder(TargetsPlaceholder placeholder);

    T Chart(Chart chart);
}
