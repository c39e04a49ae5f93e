<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ApprovalDialog</name>
    <message numerus="yes">
        <source>(Checked %n time(s).)</source>
        <translation>
            <numerusform>(Checked %n time.)</numerusform>
            <numerusform>(Checked %n times.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionTab</name>
    <message numerus="yes">
        <source>%n item(s) need a person.</source>
        <translation>
            <numerusform>%n item needs a person.</numerusform>
            <numerusform>%n items need a person.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>%n write(s)</source>
        <translation>
            <numerusform>%n write</numerusform>
            <numerusform>%n writes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1</source>
        <translation>
            <numerusform>%n row exported to %1</numerusform>
            <numerusform>%n rows exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message numerus="yes">
        <source>Not counted: %n item(s) without a flat price.</source>
        <translation>
            <numerusform>Not counted: %n item without a flat price.</numerusform>
            <numerusform>Not counted: %n items without a flat price.</numerusform>
        </translation>
    </message>
</context>
</TS>
