import RoundsCore

/// The fields of a device as (label, value) rows, in the order the archive shows them (R6).
public enum DeviceFields {
    public static func rows(_ e: Equipment, strings s: Strings) -> [[String]] {
        [[s.t(.fTag), e.tag],
         [s.t(.fName), e.name],
         [s.t(.fNameEN), e.nameEN],
         [s.t(.fDepartment), e.department],
         [s.t(.fCategory), e.category],
         [s.t(.fLifeSupport), s.yesNo(e.lifeSupport)],
         [s.t(.fEmergency), s.yesNo(e.emergency)],
         [s.t(.fRadiation), s.yesNo(e.radiation)],
         [s.t(.fManufacturer), e.manufacturer],
         [s.t(.fModel), e.model],
         [s.t(.fSerial), e.serial],
         [s.t(.fInService), e.inService.description],
         [s.t(.fStatus), s.statusTag(e.status) + " " + s.status(e.status)],
         [s.t(.fWarranty), e.warrantyUntil?.description ?? s.t(.none)],
         [s.t(.fCustodian), e.custodian],
         [s.t(.fLocation), e.location]]
    }
}
